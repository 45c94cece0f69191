#!/usr/bin/env python3
"""perturb_pred.py GOLD SEED -o OUT -- a prediction file made from GOLD by random edits (dropped, renamed,
retyped, duplicated and invented events, changed fields), to compare brass eval with score.py."""
import json, random, sys
random.seed(int(sys.argv[2]))
names=["Ivan Popov","Valeriy Gerasimov","Zelenskyy","Li","Sergei Shoigu","Ministry of Defence","President Putin","Général Étienne Müller","O'Neil","Gen. Alexander \"Sasha\" Kim"]
posts=["commander of the 58th Army","defence minister","Chief of the General Staff","head of Russia's navy","",None,"commander","deputy defense minister of Ukraine"]
dates=["2023","2023-07","2023-07-12","2024-01-01","",None,"July"]
cert=["confirmed","reported","unverified"," Reported ",None,""]
types=["dismissal","appointment","resignation","death","injury","arrest","award"]
out=[]
for line in open(sys.argv[1]):
    o=json.loads(line)
    evs=[]
    for g in o["events"]:
        r=random.random()
        if r<0.2: continue
        e=dict(g)
        if random.random()<0.3: e["person"]=random.choice(names+[g["person"].split()[-1], g["person"].upper()])
        if random.random()<0.1: e["type"]=random.choice(types)
        for f,vals in (("post",posts),("by",names+[None]),("replacement",names+[None]),("date",dates),("certainty",cert)):
            if random.random()<0.3: e[f]=random.choice(vals)
        e["evidence"]="The sentence said so."
        evs.append(e)
        if random.random()<0.2: evs.append(dict(e))
    for _ in range(random.randint(0,2)):
        evs.append({"type":random.choice(types),"person":random.choice(names),"post":random.choice(posts),"evidence":"x"})
    if random.random()<0.1: continue
    out.append({"doc":o["doc"],"events":evs})
with open(sys.argv[4], "w") as f:  # perturb_pred.py GOLD SEED -o OUT
    for o in out:
        f.write(json.dumps(o) + "\n")

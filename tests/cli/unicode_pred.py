#!/usr/bin/env python3
"""unicode_pred.py SEED GOLD_OUT PRED_OUT -- gold and predictions with random names, posts and
certainties drawn from awkward Unicode (ligatures, compatibility forms, combining marks, sigma,
dotted I, odd spaces), to check that brass eval folds and compares text as score.py does."""
import json, random, sys
random.seed(int(sys.argv[1]))
pool = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ  -.'") + list("ßİıŁłØøÆæŒœÐðÞþĲĳŉſǅǈǋǲﬁﬂﬀﬃﬅ") + list("éèêëÉÈÊËüÜöÖçÇñÑåÅãõ") + list("\u0301\u0308\u0327\u200b\u00a0\u2019\u2013") + list("Ⅻⅻ²³¹₂ＡＢｚｙＹ㎞㍱ℌℍℕ℡™") + list("ΑΒΓαβγДЖЗдиЙйЁё") + list("\u212a\u212b\u2126") + ["Σ","Σ","σ","ς","\u2003","\u3000","\x85","\u1680","\u0345","\U0001d400","\U0001d41a","\U0001f600"]
def name():
    return "".join(random.choice(pool) for _ in range(random.randint(0,14)))
g=[];p=[]
for d in range(300):
    ge=[{"type":"death","person":name(),"post":name(),"by":name(),"certainty":name()} for _ in range(3)]
    pe=[]
    for e in ge:
        f=dict(e)
        f["person"]=random.choice([e["person"], e["person"].upper(), e["person"].lower(), name(), e["person"]+"y", e["person"].replace("i","y")])
        f["post"]=random.choice([e["post"], name(), e["post"].upper()])
        f["by"]=random.choice([e["by"], name()])
        f["certainty"]=random.choice([e["certainty"], e["certainty"].upper(), " "+e["certainty"]+" ", name()])
        pe.append(f)
    g.append({"doc":"d%d"%d,"events":ge}); p.append({"doc":"d%d"%d,"events":pe})
open(sys.argv[2],"w").write("".join(json.dumps(x)+"\n" for x in g))
open(sys.argv[3],"w").write("".join(json.dumps(x)+"\n" for x in p))

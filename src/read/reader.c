/* reader.c -- brass_reader: walks files, directories and stdin in order and
 * hands each opened input to its format module. */
#include "read/source.h"
#include "util/str.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A pending path: given by the caller, or found inside a directory. */
typedef struct pending {
    char *path;
    bool regular;  /* a directory walk found a regular file: no need to stat it again */
    struct pending *next;
} pending;

struct brass_reader {
    brass_input input;
    pending *head, *tail;  /* paths not yet opened, in order */
    read_source src;       /* the open source, if src.format != NULL */
    char *src_path, *src_id;
    size_t bytes_closed;   /* bytes of sources already closed */
    size_t bytes_total;    /* sizes of regular files queued */
    bool count_walked;     /* whether a walk sizes its files for bytes_total */
    char *fields[READ_F_COUNT];  /* JSONL field names set by brass_reader_map_fields */
    const char *field_names[READ_F_COUNT];
};

const char *const read_field_roles[READ_F_COUNT] = {"id", "url", "title", "date", "text", "html"};

int brass_input_parse(const char *name, brass_input *out) {
    static const char *names[] = {"auto", "text", "html", "jsonl", "warc"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = (brass_input)i;
            return BRASS_OK;
        }
    return BRASS_ERR_USAGE;
}

static const char *const html_ext[] = {".html", ".htm", NULL};
static const char *const jsonl_ext[] = {".jsonl", ".ndjson", ".jsonl.gz", NULL};
static const char *const warc_ext[] = {".warc", ".warc.gz", NULL};
static const char *const text_ext[] = {".txt", NULL};

static const char *ext_match(const char *path, const char *const *exts) {
    for (; *exts; exts++)
        if (str_ends_with(path, *exts)) return *exts;
    return NULL;
}

const read_format *source_format_for(brass_input input, const char *path) {
    switch (input) {
    case BRASS_INPUT_TEXT: return &read_format_text;
    case BRASS_INPUT_HTML: return &read_format_html;
    case BRASS_INPUT_JSONL: return &read_format_jsonl;
    case BRASS_INPUT_WARC: return &read_format_warc;
    case BRASS_INPUT_AUTO: break;
    }
    if (ext_match(path, html_ext)) return &read_format_html;
    if (ext_match(path, jsonl_ext)) return &read_format_jsonl;
    if (ext_match(path, warc_ext)) return &read_format_warc;
    return &read_format_text;
}

/* Standard input has no name to go by: its first byte decides (one byte is
 * all stdio can push back). gzip magic means a .warc.gz, '<' a page, '{' JSON
 * Lines; anything else is text. */
static const read_format *sniff_stdin(FILE *fp) {
    int c = getc(fp);
    if (c == EOF) return &read_format_text;
    ungetc(c, fp);
    if (c == 0x1f) return &read_format_warc;
    if (c == '<') return &read_format_html;
    if (c == '{') return &read_format_jsonl;
    return &read_format_text;
}

/* Whether a file found while walking a directory is one to read. */
static bool wanted_in_dir(brass_input input, const char *name) {
    switch (input) {
    case BRASS_INPUT_TEXT: return ext_match(name, text_ext) != NULL;
    case BRASS_INPUT_HTML: return ext_match(name, html_ext) != NULL;
    case BRASS_INPUT_JSONL: return ext_match(name, jsonl_ext) != NULL;
    case BRASS_INPUT_WARC: return ext_match(name, warc_ext) != NULL;
    case BRASS_INPUT_AUTO: break;
    }
    /* .jsonl is left out on purpose: in a folder of reports a JSONL file is
     * most often annotations (gold.jsonl), not reports; name it or use
     * --input jsonl to read it */
    return ext_match(name, text_ext) || ext_match(name, html_ext) || ext_match(name, warc_ext);
}

brass_reader *brass_reader_new(brass_input input, brass_error *err) {
    brass_reader *r = calloc(1, sizeof *r);
    if (!r) {
        brass_error_set(err, BRASS_ERR_NOMEM, "", "out of memory");
        return NULL;
    }
    r->input = input;
    r->count_walked = true;
    for (int i = 0; i < READ_F_COUNT; i++) r->field_names[i] = read_field_roles[i];
    return r;
}

void brass_reader_count_walked(brass_reader *r, bool on) { r->count_walked = on; }

int brass_reader_map_fields(brass_reader *r, const char *spec, brass_error *err) {
    const char *p = spec;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        const char *eq = memchr(p, '=', n);
        int role = -1;
        for (int i = 0; eq && i < READ_F_COUNT; i++)
            if (strlen(read_field_roles[i]) == (size_t)(eq - p) &&
                strncmp(p, read_field_roles[i], (size_t)(eq - p)) == 0)
                role = i;
        if (role < 0 || (size_t)(eq - p) + 1 == n)
            return brass_error_set(err, BRASS_ERR_USAGE, "",
                                   "bad field mapping '%.*s': want ROLE=NAME with ROLE one of "
                                   "id, url, title, date, text, html",
                                   (int)n, p);
        char *name = str_ndup(eq + 1, n - (size_t)(eq - p) - 1);
        if (!name) return brass_error_set(err, BRASS_ERR_NOMEM, "", "out of memory");
        free(r->fields[role]);
        r->fields[role] = name;
        r->field_names[role] = name;
        p += n + (comma ? 1 : 0);
    }
    return BRASS_OK;
}

/* Appends a path to the queue. */
static bool queue_path(brass_reader *r, const char *path) {
    pending *p = malloc(sizeof *p);
    if (p) p->regular = false;  /* given by the caller: stat it when opened */
    if (!p || !(p->path = str_dup(path))) {
        free(p);
        return false;
    }
    p->next = NULL;
    if (r->tail) r->tail->next = p;
    else r->head = p;
    r->tail = p;
    return true;
}

int brass_reader_add(brass_reader *r, const char *path, brass_error *err) {
    if (!queue_path(r, path))
        return brass_error_set(err, BRASS_ERR_NOMEM, path, "out of memory");
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
        r->bytes_total += (size_t)st.st_size;
    return BRASS_OK;
}

/* Queues a directory's entries (sorted by name) in its place at the front. */
static int expand_dir(brass_reader *r, const char *dir, brass_error *err) {
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    if (n < 0) return brass_error_set(err, BRASS_ERR_IO, dir, "cannot read directory: %s", strerror(errno));
    pending *first = NULL, *last = NULL;
    int rc = BRASS_OK;
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        if (rc == BRASS_OK && name[0] != '.') {
            size_t len = strlen(dir) + strlen(name) + 2;
            pending *p = malloc(sizeof *p);
            char *path = malloc(len);
            if (!p || !path) {
                free(p);
                free(path);
                rc = brass_error_set(err, BRASS_ERR_NOMEM, dir, "out of memory");
            } else {
                snprintf(path, len, "%s%s%s", dir, str_ends_with(dir, "/") ? "" : "/", name);
                struct stat st, lst;
                /* the entry's type from the directory itself, where the file
                 * system gives it, saves a stat(2) per file (links say DT_LNK) */
                unsigned char type = names[i]->d_type;
                bool ok;
                if (type == DT_DIR || (type == DT_REG && !r->count_walked)) {
                    ok = true;
                    st.st_mode = type == DT_DIR ? S_IFDIR : S_IFREG;
                    st.st_size = 0;
                } else {
                    ok = stat(path, &st) == 0;
                }
                bool is_dir = ok && S_ISDIR(st.st_mode);
                /* a walk does not follow symlinks to directories (as find(1) without -L),
                 * so a link back up the tree cannot make it read files twice */
                bool linked_dir = is_dir && type != DT_DIR && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
                /* a FIFO, socket or device met in a walk would block or never end:
                 * only regular files are read from directories */
                bool special = ok && !is_dir && !S_ISREG(st.st_mode);
                /* unreadable entries are queued too, so that opening them reports why */
                if (!linked_dir && !special && (!ok || is_dir || wanted_in_dir(r->input, name))) {
                    p->path = path;
                    p->regular = ok && S_ISREG(st.st_mode);
                    p->next = NULL;
                    if (last) last->next = p;
                    else first = p;
                    last = p;
                    if (ok && S_ISREG(st.st_mode)) r->bytes_total += (size_t)st.st_size;
                } else {
                    free(path);
                    free(p);
                }
            }
        }
        free(names[i]);
    }
    free(names);
    if (first) {
        last->next = r->head;
        r->head = first;
        if (!r->tail) r->tail = last;
    }
    return rc;
}

/* The id of a document read from a whole file: its name without directory
 * and without its extension(s) (".warc.gz" counts as one). */
static char *id_from_path(const char *path) {
    if (strcmp(path, "-") == 0) return str_dup("stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t len = strlen(base);
    static const char *const two_part[] = {".warc.gz", ".jsonl.gz", NULL};
    const char *ext = ext_match(base, two_part);
    if (ext) len -= strlen(ext);
    else {
        const char *dot = strrchr(base, '.');
        if (dot && dot != base) len = (size_t)(dot - base);
    }
    return str_ndup(base, len);
}

static void close_source(brass_reader *r) {
    if (!r->src.format) return;
    r->src.format->close(&r->src);
    if (r->src.fp && r->src.fp != stdin) fclose(r->src.fp);
    r->bytes_closed += r->src.bytes;
    free(r->src_path);
    free(r->src_id);
    r->src_path = r->src_id = NULL;
    memset(&r->src, 0, sizeof r->src);
}

/* Opens the next queued file, expanding directories. Returns 1 when a source
 * is open, 0 when the queue is empty, <0 for a path that cannot be read. */
static int open_next(brass_reader *r, brass_error *err) {
    while (r->head) {
        pending *p = r->head;
        r->head = p->next;
        if (!r->head) r->tail = NULL;
        char *path = p->path;
        bool regular = p->regular;
        free(p);
        struct stat st;
        bool is_stdin = strcmp(path, "-") == 0;
        if (regular) st.st_mode = S_IFREG;
        else if (!is_stdin && stat(path, &st) != 0) {
            int rc = brass_error_set(err, BRASS_ERR_IO, path, "cannot open: %s", strerror(errno));
            free(path);
            return rc;
        }
        if (!is_stdin && S_ISDIR(st.st_mode)) {
            int rc = expand_dir(r, path, err);
            free(path);
            if (rc < 0) return rc;
            continue;
        }
        FILE *fp = is_stdin ? stdin : fopen(path, "rb");
        if (!fp) {
            int rc = brass_error_set(err, BRASS_ERR_IO, path, "cannot open: %s", strerror(errno));
            free(path);
            return rc;
        }
        /* every format reads in blocks of its own (64 KB and up), so stdio's
         * buffer would only copy; and leaving it out saves the fstat(2) that
         * sizes it, one system call in five for a walk of small reports */
        if (fp != stdin) setvbuf(fp, NULL, _IONBF, 0);
        r->src_path = path;
        r->src_id = id_from_path(path);
        if (!r->src_id) {
            if (fp != stdin) fclose(fp);
            return brass_error_set(err, BRASS_ERR_NOMEM, path, "out of memory");
        }
        r->src.format = is_stdin && r->input == BRASS_INPUT_AUTO ? sniff_stdin(fp)
                                                                 : source_format_for(r->input, path);
        r->src.fp = fp;
        r->src.path = r->src_path;
        r->src.id = r->src_id;
        r->src.fields = r->field_names;
        return 1;
    }
    return 0;
}

int brass_reader_next(brass_reader *r, brass_doc **doc, brass_error *err) {
    *doc = NULL;
    for (;;) {
        if (!r->src.format) {
            int rc = open_next(r, err);
            if (rc <= 0) return rc;
        }
        int rc = r->src.format->next(&r->src, doc, err);
        if (rc == 1) return 1;
        if (rc == 0) {
            close_source(r);
            continue;
        }
        return rc;  /* one bad record or file; the next call goes on */
    }
}

size_t brass_reader_bytes_done(const brass_reader *r) { return r->bytes_closed + r->src.bytes; }
size_t brass_reader_bytes_total(const brass_reader *r) { return r->bytes_total; }

void brass_reader_free(brass_reader *r) {
    if (!r) return;
    close_source(r);
    while (r->head) {
        pending *p = r->head;
        r->head = p->next;
        free(p->path);
        free(p);
    }
    for (int i = 0; i < READ_F_COUNT; i++) free(r->fields[i]);
    free(r);
}

char *source_slurp(read_source *src, size_t *len, brass_error *err) {
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    if (!data) {
        brass_error_set(err, BRASS_ERR_NOMEM, src->path, "out of memory");
        return NULL;
    }
    for (;;) {
        if (cap - n < 4096) {
            char *p = cap > (size_t)1 << 40 ? NULL : realloc(data, cap * 2);
            if (!p) {
                free(data);
                brass_error_set(err, BRASS_ERR_NOMEM, src->path, "out of memory at byte offset %zu", n);
                return NULL;
            }
            data = p;
            cap *= 2;
        }
        size_t got = fread(data + n, 1, cap - n - 1, src->fp);
        n += got;
        src->bytes += got;
        if (got == 0 || feof(src->fp)) break;  /* no read() again after the end */
    }
    if (ferror(src->fp)) {
        free(data);
        brass_error_set(err, BRASS_ERR_IO, src->path, "read error at byte offset %zu: %s", n, strerror(errno));
        return NULL;
    }
    data[n] = '\0';
    *len = n;
    return data;
}

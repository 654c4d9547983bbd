#!/usr/bin/env python3
"""Consistency check for seeds/*.yaml against seeds/FORMAT.md.
Usage: python3 seeds/tools/check-seeds.py [seeds-dir]"""
import os, re, sys, yaml
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FILES = {"sources.yaml": "source", "programmes.yaml": "programme", "funding-rounds.yaml": "round", "regions.yaml": "region",
         "councils.yaml": "council", "organisations.yaml": "org", "people.yaml": "person", "themes.yaml": "theme",
         "projects.yaml": "project", "evaluations.yaml": "evaluation", "findings.yaml": "finding"}
ENUM = {"source.kind": {"news-article", "newsletter", "report", "evaluation-report", "web-page", "press-release", "speech", "dataset", "parliamentary"},
        "council.type": {"county", "unitary", "metropolitan-district", "london-borough", "city-of-london", "isles-of-scilly"},
        "org.kind": {"government", "charity", "trust", "university", "consultancy", "network", "research-centre", "health", "police", "other"},
        "theme.kind": {"topic", "practice-model", "feature-of-practice", "outcome", "policy-area"},
        "project.status": {"completed", "active", "unknown"},
        "finding.direction": {"positive", "mixed", "no-clear-effect", "negative", "emerging"}}
FIELDS = {"source": {"title", "publisher", "date", "url", "kind"}, "programme": {"name", "summary", "startDate", "endDate", "budgetGbp", "followsOn"},
          "round": {"name", "number", "summary", "startDate", "endDate", "budgetGbp", "projectCount", "programme"},
          "region": {"name", "gssCode"}, "council": {"name", "gssCode", "laCode", "type", "validFrom", "validTo", "region"},
          "org": {"name", "kind", "summary"}, "person": {"name", "roles", "announced"}, "theme": {"name", "kind", "summary"},
          "project": {"name", "summary", "startDate", "endDate", "grantGbp", "status", "leads", "partners", "rounds", "themes", "origins", "adoptedBy"},
          "evaluation": {"title", "date", "url", "reportNumber", "evaluates", "evaluators"},
          "finding": {"statement", "direction", "outcomeArea", "evaluation", "themes"}}
REQ = {"source": {"title", "publisher", "kind"}, "programme": {"name", "summary"}, "round": {"name", "summary", "programme"}, "region": {"name", "gssCode"},
       "council": {"name", "gssCode", "type", "region"}, "org": {"name", "kind"}, "person": {"name"}, "theme": {"name", "kind"},
       "project": {"name", "summary", "status"}, "evaluation": {"title"}, "finding": {"statement", "direction", "outcomeArea", "evaluation"}}
ID_RE = re.compile(r"^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$")
GSS_RE = re.compile(r"^(council|region):E\d{8}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
errs = []
def err(m): errs.append(m)
data, ids = {}, {}
for f, kind in FILES.items():
    p = os.path.join(D, f)
    if not os.path.exists(p):
        err("missing file " + f); continue
    recs = yaml.safe_load(open(p, encoding="utf-8")) or []
    if not isinstance(recs, list): err(f + " is not a list"); continue
    data[kind] = recs
    for r in recs:
        i = r.get("id", "")
        if i in ids: err("duplicate id " + i)
        ids[i] = kind
        if not (GSS_RE.match(i) if kind in ("council", "region") else ID_RE.match(i)) or not i.startswith(kind + ":"):
            err("bad id %r in %s" % (i, f))
def srcs_ok(lst, where, allow_empty=False):
    if not isinstance(lst, list) or (not lst and not allow_empty):
        err("no sources at " + where); return
    for s in lst:
        if set(s) - {"source", "note"}: err("extra keys in source ref at " + where)
        if ids.get(s.get("source")) != "source": err("unknown source %r at %s" % (s.get("source"), where))
        if not s.get("note"): err("source ref without note at " + where)
        if any(ord(c) > 127 for c in str(s.get("note", ""))): pass
def ref(v, kinds, where):
    if ids.get(v) not in kinds: err("bad reference %r (want %s) at %s" % (v, "/".join(kinds), where))
def date(v, where):
    if not DATE_RE.match(str(v)): err("bad date %r at %s" % (v, where))
def rels(r, key, where, target_key, kinds, extra=()):
    for j, e in enumerate(r.get(key, []) or []):
        w = "%s.%s[%d]" % (where, key, j)
        if set(e) - ({target_key, "sources"} | set(extra)): err("extra keys %s at %s" % (set(e) - ({target_key, "sources"} | set(extra)), w))
        ref(e.get(target_key), kinds, w); srcs_ok(e.get("sources"), w)
        return_list = e
for kind, recs in data.items():
    for r in recs:
        w = r.get("id")
        keys = set(r) - {"id", "sources", "alternatives"}
        if keys - FIELDS[kind]: err("unknown fields %s at %s" % (keys - FIELDS[kind], w))
        if REQ[kind] - set(r): err("missing fields %s at %s" % (REQ[kind] - set(r), w))
        srcs_ok(r.get("sources"), w, allow_empty=(kind == "source"))
        for k in ("date", "startDate", "endDate", "validFrom", "validTo"):
            if k in r: date(r[k], w + "." + k)
        for k in ("budgetGbp", "grantGbp", "projectCount", "number", "reportNumber"):
            if k in r and not (isinstance(r[k], int) and not isinstance(r[k], bool)): err("non-integer %s at %s" % (k, w))
        ek = kind + "." + ("type" if kind == "council" else "status" if kind == "project" else "direction" if kind == "finding" else "kind")
        if ek in ENUM and r.get(ek.split(".")[1]) not in ENUM[ek]: err("bad enum %s=%r at %s" % (ek, r.get(ek.split(".")[1]), w))
        for a in r.get("alternatives", []) or []:
            if a.get("field") not in FIELDS[kind]: err("alternative for unknown field at " + w)
            srcs_ok(a.get("sources"), w + ".alternatives")
        for k, v in r.items():
            if isinstance(v, str) and any(ord(c) > 127 for c in v) and kind != "source": err("non-ASCII text in %s.%s" % (w, k))
        if kind == "programme": rels(r, "followsOn", w, "programme", ["programme"])
        if kind == "round":
            p = r.get("programme") or {}
            ref(p.get("programme"), ["programme"], w + ".programme"); srcs_ok(p.get("sources"), w + ".programme")
        if kind == "council":
            p = r.get("region") or {}
            ref(p.get("region"), ["region"], w + ".region"); srcs_ok(p.get("sources"), w + ".region")
        if kind == "person":
            for j, e in enumerate(r.get("roles", []) or []):
                ww = "%s.roles[%d]" % (w, j)
                if set(e) - {"organisation", "title", "from", "to", "sources"}: err("extra keys at " + ww)
                ref(e.get("organisation"), ["org", "council"], ww)  # required: org: or council: id
                if not e.get("title"): err("role without title at " + ww)
                for k in ("from", "to"):
                    if k in e: date(e[k], ww)
                srcs_ok(e.get("sources"), ww)
            pairs = [(e.get("organisation"), e.get("title")) for e in r.get("roles", []) or []]
            if len(pairs) != len(set(pairs)): err("duplicate role (same organisation and title) at " + w)
            for j, e in enumerate(r.get("announced", []) or []):
                ww = "%s.announced[%d]" % (w, j)
                if set(e) - {"target", "date", "amountGbp", "sources"}: err("extra keys at " + ww)
                ref(e.get("target"), ["round", "programme", "project"], ww)
                if "date" in e: date(e["date"], ww)
                srcs_ok(e.get("sources"), ww)
        if kind == "project":
            rels(r, "leads", w, "id", ["council", "org"])
            rels(r, "partners", w, "id", ["council", "org"], ["role"])
            rels(r, "rounds", w, "round", ["round"], ["amountGbp"])
            rels(r, "themes", w, "theme", ["theme"])
            rels(r, "origins", w, "project", ["project"], ["mode", "year"])
            rels(r, "adoptedBy", w, "council", ["council"], ["year", "round"])
            for e in r.get("origins", []) or []:
                if e.get("mode") not in ("scale", "spread"): err("bad mode at " + w)
                if e.get("project") == w: err("self origin at " + w)
            for e in r.get("adoptedBy", []) or []:
                if "round" in e: ref(e["round"], ["round"], w + ".adoptedBy.round")
            seen = set()
            for key, tk in (("leads", "id"), ("partners", "id"), ("rounds", "round"), ("themes", "theme"), ("origins", "project"), ("adoptedBy", "council")):
                vals = [e.get(tk) for e in r.get(key, []) or []]
                if len(vals) != len(set(vals)): err("duplicate %s entries at %s" % (key, w))
        if kind == "evaluation":
            rels(r, "evaluates", w, "project", ["project"])
            rels(r, "evaluators", w, "id", ["org", "person"])
        if kind == "finding":
            p = r.get("evaluation") or {}
            ref(p.get("evaluation"), ["evaluation"], w + ".evaluation"); srcs_ok(p.get("sources"), w + ".evaluation")
            rels(r, "themes", w, "theme", ["theme"])
# unused sources are allowed but reported
used = set()
for kind, recs in data.items():
    def walk(o):
        if isinstance(o, dict):
            if "source" in o and isinstance(o["source"], str): used.add(o["source"])
            for v in o.values(): walk(v)
        elif isinstance(o, list):
            for v in o: walk(v)
    for r in recs:
        if kind != "source": walk(r)
unused = [s["id"] for s in data.get("source", []) if s["id"] not in used]
for e in errs: print("ERROR", e)
print("%d errors; %d records; %d sources not cited" % (len(errs), sum(len(v) for v in data.values()), len(unused)))
if "-v" in sys.argv: print("\n".join(unused))
sys.exit(1 if errs else 0)

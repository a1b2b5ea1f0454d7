/**
 * Code that applies `schemas/rules.json` outside TypeScript, printed in schemas/README.md. The
 * tests run the Python exactly as printed, on every example, and compare it with the toolkit.
 */
export const PYTHON_RULES_EXAMPLE = `import datetime, json, re

def get(record, field):
    value = record
    for key in field.split("."):
        if isinstance(value, list) and key.isdigit() and int(key) < len(value): value = value[int(key)]
        elif isinstance(value, dict): value = value.get(key)
        else: return None
    return value

def same(a, b):
    return a == b and isinstance(a, bool) == isinstance(b, bool) and isinstance(a, str) == isinstance(b, str)

def number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))

def holds(record, c, at):
    if "anyOf" in c: return any(all(holds(record, x, at) for x in alt) for alt in c["anyOf"])
    v, op = get(record, at(c["field"])), c["op"]
    if op == "present": return v is not None
    if op == "absent": return v is None
    if op == "eq": return v is not None and same(v, c["value"])
    if op == "ne": return v is not None and not same(v, c["value"])
    if op == "in":
        choices = get(record, at(c["other"])) if "other" in c else c["value"]
        return v is not None and isinstance(choices, list) and any(same(v, x) for x in choices)
    if op == "unique": return isinstance(v, list) and len({json.dumps(x) for x in v}) == len(v)
    if op == "nhs-check-digit":
        if not (isinstance(v, str) and re.fullmatch(r"[0-9]{10}", v)): return False
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(v[:9])) % 11
        return check != 10 and check % 11 == int(v[9])
    w = get(record, at(c["other"])) if "other" in c else c["value"]
    if c.get("compare") == "instant":
        try: v, w = instant(v), instant(w)
        except (AttributeError, TypeError, ValueError): return False
    elif not ((isinstance(v, str) and isinstance(w, str)) or (number(v) and number(w))): return False
    return {"lt": v < w, "le": v <= w, "gt": v > w, "ge": v >= w}[op]

def places(rule, record):
    lists = [f.split(".*")[0] for f in rule["fields"] if ".*" in f]
    if not lists: return [lambda f: f]
    items = get(record, lists[0])
    marker = lists[0] + ".*"
    return [lambda f, i=i: f.replace(marker, f"{lists[0]}.{i}", 1) for i in range(len(items) if isinstance(items, list) else 0)]

def broken_rules(rules, schema_id, record):
    for rule in rules:
        if schema_id not in rule["schemas"]: continue
        for at in places(rule, record):
            if all(holds(record, c, at) for c in rule["when"]) and not all(holds(record, c, at) for c in rule["require"]):
                yield rule["code"], at(rule["path"]), rule["message"]
`;

/** How a data team calls it, printed after the functions. */
export const PYTHON_RULES_USAGE = `rules = json.load(open("schemas/rules.json"))["rules"]
for number, record in enumerate(json.load(open("incidents.json")), start=1):
    for code, field, message in broken_rules(rules, "serious-incident", record):
        print(number, code, field, message)`;

/** The same in R with jsonlite. */
export const R_RULES_EXAMPLE = `library(jsonlite)

get <- function(x, field) {
  for (key in strsplit(field, ".", fixed = TRUE)[[1]]) {
    if (is.list(x) && is.null(names(x)) && grepl("^[0-9]+$", key)) {
      i <- as.integer(key) + 1
      x <- if (i <= length(x)) x[[i]] else NULL
    } else if (is.list(x) && !is.null(names(x))) x <- x[[key]] else return(NULL)
  }
  x
}
same <- function(a, b) length(a) == 1 && length(b) == 1 && is.logical(a) == is.logical(b) &&
  is.character(a) == is.character(b) && a == b
holds <- function(r, c, at) {
  if (!is.null(c$anyOf)) return(any(vapply(c$anyOf, function(alt) all(vapply(alt, holds, logical(1), r = r, at = at)), logical(1))))
  v <- get(r, at(c$field))
  switch(c$op,
    present = !is.null(v), absent = is.null(v),
    eq = !is.null(v) && same(v, c$value), ne = !is.null(v) && !same(v, c$value),
    "in" = { choices <- if (!is.null(c$other)) get(r, at(c$other)) else c$value
             !is.null(v) && is.list(choices) && any(vapply(choices, same, logical(1), b = v)) },
    unique = is.list(v) && !anyDuplicated(vapply(v, function(x) as.character(toJSON(x, auto_unbox = TRUE)), "")),
    "nhs-check-digit" = is.character(v) && grepl("^[0-9]{10}$", v) && {
      d <- as.integer(strsplit(v, "")[[1]]); check <- 11 - sum(d[1:9] * (10:2)) %% 11
      check != 10 && check %% 11 == d[10] },
    { w <- if (!is.null(c$other)) get(r, at(c$other)) else c$value
      if (identical(c$compare, "instant")) {
        v <- if (is.character(v)) as.POSIXct(sub("Z$", "+0000", sub("([+-][0-9]{2}):([0-9]{2})$", "\\\\1\\\\2", v)), format = "%Y-%m-%dT%H:%M:%OS%z", tz = "UTC")
        w <- if (is.character(w)) as.POSIXct(sub("Z$", "+0000", sub("([+-][0-9]{2}):([0-9]{2})$", "\\\\1\\\\2", w)), format = "%Y-%m-%dT%H:%M:%OS%z", tz = "UTC")
        if (length(v) != 1 || length(w) != 1 || is.na(v) || is.na(w)) return(FALSE)
      } else if (!(is.character(v) && is.character(w)) && !(is.numeric(v) && is.numeric(w))) return(FALSE)
      if (length(v) != 1 || length(w) != 1) return(FALSE)
      switch(c$op, lt = v < w, le = v <= w, gt = v > w, ge = v >= w) })
}
broken_rules <- function(rules, schema_id, record) {
  found <- list()
  for (rule in rules) {
    if (!(schema_id %in% unlist(rule$schemas))) next
    fields <- unlist(rule$fields); starred <- fields[grepl(".*", fields, fixed = TRUE)]
    places <- list(identity)
    if (length(starred) > 0) {
      list_name <- strsplit(starred[1], ".*", fixed = TRUE)[[1]][1]
      items <- get(record, list_name)
      places <- lapply(seq_along(if (is.list(items)) items else list()) - 1, function(i)
        function(f) sub(paste0(list_name, ".*"), paste0(list_name, ".", i), f, fixed = TRUE))
    }
    for (at in places) {
      if (all(vapply(rule$when, holds, logical(1), r = record, at = at)) &&
          !all(vapply(rule$require, holds, logical(1), r = record, at = at)))
        found[[length(found) + 1]] <- c(rule$code, at(rule$path), rule$message)
    }
  }
  found
}
`;

export const R_RULES_USAGE = `rules <- fromJSON("schemas/rules.json", simplifyVector = FALSE)$rules
records <- fromJSON("incidents.json", simplifyVector = FALSE)
for (n in seq_along(records)) for (p in broken_rules(rules, "serious-incident", records[[n]])) cat(n, p, "\\n")`;

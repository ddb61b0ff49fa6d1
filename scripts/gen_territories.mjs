// Regenerates seed/territories.csv and seed/regions.csv from Unicode CLDR JSON.
// Only needed when CLDR or the shipped locales change; the app never runs it.
//   npm install --prefix /tmp/cldr cldr-core@48.2.0 cldr-localenames-full@48.2.0
//   node scripts/gen_territories.mjs /tmp/cldr/node_modules
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "node_modules";
const LOCALES = ["en", "fr", "es", "ar", "zh-Hans", "ru", "pt", "de", "ja", "ko", "it", "nl", "tr"];
const read = (p) => JSON.parse(readFileSync(join(root, p), "utf8"));

const codes = read("cldr-core/supplemental/codeMappings.json").supplemental.codeMappings;
const containment = read("cldr-core/supplemental/territoryContainment.json").supplemental.territoryContainment;
const info = read("cldr-core/supplemental/territoryInfo.json").supplemental.territoryInfo;
const names = Object.fromEntries(
  LOCALES.map((l) => [l, read(`cldr-localenames-full/main/${l}/territories.json`).main[l].localeDisplayNames.territories]),
);

const CONTINENTS = containment["001"]._contains; // 019 002 150 142 009
// Walk the primary tree down from the world (001) so that alternative groupings
// such as 419 Latin America or EU never become a country's parent.
const parentOf = {};
const walk = (group) => {
  for (const child of containment[group]?._contains ?? []) {
    parentOf[child] = group;
    if (/^\d{3}$/.test(child)) walk(child);
  }
};
walk("001");
const continentOf = (code) => {
  let sub = parentOf[code];
  while (sub && !CONTINENTS.includes(sub) && !CONTINENTS.includes(parentOf[sub])) sub = parentOf[sub];
  if (!sub) return ["", ""];
  return CONTINENTS.includes(sub) ? [sub, ""] : [parentOf[sub], sub];
};

const csv = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const officialLanguages = (code) =>
  Object.entries(info[code]?.languagePopulation ?? {})
    .filter(([, p]) => /official/.test(p._officialStatus ?? "") && !/regional/.test(p._officialStatus ?? ""))
    .sort((a, b) => Number(b[1]._populationPercent) - Number(a[1]._populationPercent))
    .map(([lang]) => lang)
    .join(" ");

const rows = Object.entries(codes)
  .filter(([code, v]) => /^[A-Z]{2}$/.test(code) && v._alpha3 && names.en[code])
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, v]) => {
    const [region, subregion] = continentOf(code);
    return [code, v._alpha3, v._numeric ?? "", region, subregion, officialLanguages(code), ...LOCALES.map((l) => names[l][code] ?? "")];
  });
const header = ["alpha2", "alpha3", "numeric", "region", "subregion", "official_languages", ...LOCALES.map((l) => `name_${l}`)];
writeFileSync("seed/territories.csv", [header, ...rows].map((r) => r.map(csv).join(",")).join("\n") + "\n");

const regionCodes = [...new Set(rows.flatMap((r) => [r[3], r[4]]).filter(Boolean))].sort();
const regionRows = regionCodes.map((code) => [code, parentOf[code] === "001" ? "" : parentOf[code], ...LOCALES.map((l) => names[l][code] ?? "")]);
writeFileSync(
  "seed/regions.csv",
  [["code", "parent", ...LOCALES.map((l) => `name_${l}`)], ...regionRows].map((r) => r.map(csv).join(",")).join("\n") + "\n",
);
console.log(`territories: ${rows.length}, regions: ${regionRows.length}`);

// Regenerates seed/territories.csv and seed/regions.csv from Unicode CLDR JSON.
// Only needed when CLDR or the shipped locales change; the app never runs it.
//   npm install --prefix /tmp/cldr cldr-core@48.2.0 cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0 cldr-numbers-full@48.2.0
//   node scripts/gen_territories.mjs /tmp/cldr/node_modules
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "node_modules";
// The interface languages first (their columns keep their places), then every other
// letter language: each folder under locales/ (see locales/README.md).
const INTERFACE = ["en", "fr", "es", "ar", "zh-Hans", "ru", "pt", "de", "ja", "ko", "it", "nl", "tr"];
const LOCALES = [
  ...INTERFACE,
  ...readdirSync("locales", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !INTERFACE.includes(entry.name))
    .map((entry) => entry.name)
    .sort(),
];
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
    // Official in law before official in fact (Ukraine: Ukrainian, then Russian), each by speakers.
    .sort(
      (a, b) =>
        /de_facto/.test(a[1]._officialStatus) - /de_facto/.test(b[1]._officialStatus) ||
        Number(b[1]._populationPercent) - Number(a[1]._populationPercent),
    )
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

// Language names, for the letter's language choices and the `$language` placeable:
// every official language of a territory and every shipped locale, named in each
// shipped locale and in itself (`name_self`, when CLDR has that locale).
const languageNames = Object.fromEntries(
  LOCALES.map((l) => [l, read(`cldr-localenames-full/main/${l}/languages.json`).main[l].localeDisplayNames.languages]),
);
const selfName = (code) => {
  try {
    return read(`cldr-localenames-full/main/${code}/languages.json`).main[code].localeDisplayNames.languages[code] ?? "";
  } catch {
    return "";
  }
};
const languageCodes = [...new Set([...LOCALES, ...rows.flatMap((r) => r[5].split(" ")).filter(Boolean).map((c) => c.replace("_", "-"))])].sort();
// Vietnamese names languages "Tiếng Anh" as a title; inside a sentence it is "tiếng Anh".
const inSentence = (l, name) => (l === "vi" && name.startsWith("Tiếng ") ? "t" + name.slice(1) : name);
const languageRows = languageCodes
  .filter((code) => languageNames.en[code])
  .map((code) => [code, selfName(code), ...LOCALES.map((l) => inSentence(l, languageNames[l][code] ?? ""))]);
writeFileSync(
  "seed/languages.csv",
  [["code", "name_self", ...LOCALES.map((l) => `name_${l}`)], ...languageRows].map((r) => r.map(csv).join(",")).join("\n") + "\n",
);

// Dates and numbers per shipped locale (needs cldr-dates-full and cldr-numbers-full):
// the long date pattern, the year-and-month pattern, wide month names in their formatting form (Russian genitive
// "мая", pattern letter M) and stand-alone form ("май", L), and the default numbering system's decimal and group symbols.
// The digits of the default numbering system ("0123456789" for latn; Persian, Bengali,
// Nepali and Burmese write their own) from cldr-core's numberingSystems.
const BIDI_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/g;
const numberingSystems = read("cldr-core/supplemental/numberingSystems.json").supplemental.numberingSystems;
const formatRows = LOCALES.map((l) => {
  const gregorian = read(`cldr-dates-full/main/${l}/ca-gregorian.json`).main[l].dates.calendars.gregorian;
  const numbers = read(`cldr-numbers-full/main/${l}/numbers.json`).main[l].numbers;
  const system = numbers.defaultNumberingSystem;
  const symbols = numbers[`symbols-numberSystem-${system}`];
  const digits = numberingSystems[system]?._digits;
  if (!digits || [...digits].length !== 10) throw new Error(`${l}: numbering system ${system} has no decimal digits`);
  const monthNames = (form) => Array.from({ length: 12 }, (_, i) => gregorian.months[form].wide[String(i + 1)]).join("|");
  const yearMonth = gregorian.dateTimeFormats.availableFormats.yMMMM;
  const clean = (text) => text.replace(BIDI_MARKS, "");
  // The era (pattern letter G: Thai writes "ค.ศ." in its long date), abbreviated, of the common era.
  const era = clean(gregorian.eras.eraAbbr["1"] ?? "");
  return [l, clean(gregorian.dateFormats.long), clean(yearMonth), monthNames("format"), monthNames("stand-alone"), clean(symbols.decimal), clean(symbols.group), digits, era];
});
writeFileSync(
  "seed/locale_formats.csv",
  [["locale", "date_long", "year_month", "months", "months_standalone", "decimal", "group", "digits", "era"], ...formatRows].map((r) => r.map(csv).join(",")).join("\n") + "\n",
);
console.log(`languages: ${languageRows.length}, locale formats: ${formatRows.length}`);

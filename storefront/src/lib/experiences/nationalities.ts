/**
 * The nationalities the guest form offers (ISO 3166-1 alpha-2): Vietnam first, then the countries
 * most of Vietnam's visitors come from and its neighbours, named in the reader's language.
 */
const COUNTRIES = [
  "AR",
  "AT",
  "AU",
  "BD",
  "BE",
  "BR",
  "BN",
  "CA",
  "CH",
  "CL",
  "CN",
  "CZ",
  "DE",
  "DK",
  "EG",
  "ES",
  "FI",
  "FR",
  "GB",
  "GR",
  "HK",
  "HU",
  "ID",
  "IE",
  "IL",
  "IN",
  "IR",
  "IT",
  "JP",
  "KH",
  "KR",
  "KZ",
  "LA",
  "LK",
  "MM",
  "MN",
  "MX",
  "MY",
  "NL",
  "NO",
  "NP",
  "NZ",
  "PH",
  "PK",
  "PL",
  "PT",
  "RO",
  "RU",
  "SA",
  "SE",
  "SG",
  "TH",
  "TR",
  "TW",
  "UA",
  "AE",
  "US",
  "UZ",
  "ZA",
]

export type Nationality = { code: string; name: string }

export function nationalities(locale: string): Nationality[] {
  const names = new Intl.DisplayNames([locale], { type: "region" })
  const collator = new Intl.Collator(locale)
  const others = COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name)
  )
  return [{ code: "VN", name: names.of("VN") ?? "VN" }, ...others]
}

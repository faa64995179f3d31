extension GeoLocation {
    /// The continent Route 53 puts a country in (`KR` → `AS`), from the Route 53
    /// Developer Guide, "Values for geolocation records", Location; `nil` for a code
    /// not in that list.
    public static func continent(ofCountry code: String) -> String? {
        countryContinents[code.uppercased()]
    }

    /// Country code → continent code.
    static let countryContinents: [String: String] = {
        var map: [String: String] = [:]
        for (continent, countries) in continentCountries {
            for country in countries.split(separator: " ") { map[String(country)] = continent }
        }
        return map
    }()

    /// Continent code → its countries, space-separated, as the guide lists them.
    private static let continentCountries: [String: String] = [
        "AF": "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GH GM GN GQ GW KE KM "
            + "LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ "
            + "TD TG TN TZ UG YT ZA ZM ZW",
        "AN": "AQ GS TF",
        "AS": "AE AF AM AZ BD BH BN BT CC CN GE HK ID IL IN IO IQ IR JO JP KG KH KP KR "
            + "KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TM TR TW "
            + "UZ VN YE",
        "EU": "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU "
            + "IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ "
            + "SK SM UA VA XK",
        "NA": "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY "
            + "LC MF MQ MS MX NI PA PM PR SV SX TC TT US VC VG VI",
        "OC": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TL TO TV UM "
            + "VU WF WS",
        "SA": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    ]
}

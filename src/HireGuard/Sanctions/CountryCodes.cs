namespace HireGuard.Sanctions;

/// <summary>
/// Country names as sanctions lists write them (OFAC's "Korea, North", "Burma", "Bahamas, The"
/// …) to ISO 3166-1 alpha-2 codes, so a listed nationality can corroborate a document's
/// nationality field. Used for corroboration only, never as a score.
/// </summary>
internal static class CountryCodes
{
    // Code=name|alias|alias; … (English short names, OFAC spellings, common alternatives).
    private const string Table =
        "AD=Andorra;AE=United Arab Emirates|UAE;AF=Afghanistan;AG=Antigua and Barbuda;AI=Anguilla;AL=Albania;" +
        "AM=Armenia;AO=Angola;AQ=Antarctica;AR=Argentina;AS=American Samoa;AT=Austria;AU=Australia;AW=Aruba;" +
        "AX=Aland Islands;AZ=Azerbaijan;BA=Bosnia and Herzegovina|Bosnia-Herzegovina;BB=Barbados;BD=Bangladesh;" +
        "BE=Belgium;BF=Burkina Faso;BG=Bulgaria;BH=Bahrain;BI=Burundi;BJ=Benin;BL=Saint Barthelemy;BM=Bermuda;" +
        "BN=Brunei|Brunei Darussalam;BO=Bolivia;BQ=Bonaire, Sint Eustatius and Saba;BR=Brazil;" +
        "BS=Bahamas, The|Bahamas|The Bahamas;BT=Bhutan;BV=Bouvet Island;BW=Botswana;BY=Belarus;BZ=Belize;CA=Canada;" +
        "CC=Cocos (Keeling) Islands;CD=Congo, Democratic Republic of the|Democratic Republic of the Congo|DR Congo;" +
        "CF=Central African Republic;CG=Congo, Republic of the|Republic of the Congo|Congo;CH=Switzerland;" +
        "CI=Cote d Ivoire|Cote d'Ivoire|Ivory Coast;CK=Cook Islands;CL=Chile;CM=Cameroon;CN=China|People's Republic of China;" +
        "CO=Colombia;CR=Costa Rica;CU=Cuba;CV=Cabo Verde|Cape Verde;CW=Curacao;CX=Christmas Island;CY=Cyprus;" +
        "CZ=Czech Republic|Czechia;DE=Germany;DJ=Djibouti;DK=Denmark;DM=Dominica;DO=Dominican Republic;DZ=Algeria;" +
        "EC=Ecuador;EE=Estonia;EG=Egypt;EH=Western Sahara;ER=Eritrea;ES=Spain;ET=Ethiopia;FI=Finland;FJ=Fiji;" +
        "FK=Falkland Islands;FM=Micronesia, Federated States of|Micronesia;FO=Faroe Islands;FR=France;GA=Gabon;" +
        "GB=United Kingdom|UK|Great Britain;GD=Grenada;GE=Georgia;GF=French Guiana;GG=Guernsey;GH=Ghana;GI=Gibraltar;" +
        "GL=Greenland;GM=The Gambia|Gambia, The|Gambia;GN=Guinea;GP=Guadeloupe;GQ=Equatorial Guinea;GR=Greece;" +
        "GS=South Georgia and the South Sandwich Islands;GT=Guatemala;GU=Guam;GW=Guinea-Bissau;GY=Guyana;" +
        "HK=Hong Kong;HM=Heard Island and McDonald Islands;HN=Honduras;HR=Croatia;HT=Haiti;HU=Hungary;ID=Indonesia;" +
        "IE=Ireland;IL=Israel;IM=Man, Isle of|Isle of Man;IN=India;IO=British Indian Ocean Territory;IQ=Iraq;" +
        "IR=Iran|Islamic Republic of Iran;IS=Iceland;IT=Italy;JE=Jersey;JM=Jamaica;JO=Jordan;JP=Japan;KE=Kenya;" +
        "KG=Kyrgyzstan;KH=Cambodia;KI=Kiribati;KM=Comoros;KN=Saint Kitts and Nevis;" +
        "KP=Korea, North|North Korea|Democratic People's Republic of Korea|DPRK;KR=Korea, South|South Korea|Republic of Korea;" +
        "KW=Kuwait;KY=Cayman Islands;KZ=Kazakhstan;LA=Laos|Lao People's Democratic Republic;LB=Lebanon;LC=Saint Lucia;" +
        "LI=Liechtenstein;LK=Sri Lanka;LR=Liberia;LS=Lesotho;LT=Lithuania;LU=Luxembourg;LV=Latvia;LY=Libya;" +
        "MA=Morocco;MC=Monaco;MD=Moldova;ME=Montenegro;MF=Saint Martin;MG=Madagascar;MH=Marshall Islands;" +
        "MK=North Macedonia, The Republic of|North Macedonia|Macedonia;ML=Mali;MM=Burma|Myanmar;MN=Mongolia;" +
        "MO=Macau|Macao;MP=Northern Mariana Islands;MQ=Martinique;MR=Mauritania;MS=Montserrat;MT=Malta;MU=Mauritius;" +
        "MV=Maldives;MW=Malawi;MX=Mexico;MY=Malaysia;MZ=Mozambique;NA=Namibia;NC=New Caledonia;NE=Niger;" +
        "NF=Norfolk Island;NG=Nigeria;NI=Nicaragua;NL=Netherlands;NO=Norway;NP=Nepal;NR=Nauru;NU=Niue;" +
        "NZ=New Zealand;OM=Oman;PA=Panama;PE=Peru;PF=French Polynesia;PG=Papua New Guinea;PH=Philippines;" +
        "PK=Pakistan;PL=Poland;PM=Saint Pierre and Miquelon;PN=Pitcairn;PR=Puerto Rico;" +
        "PS=Palestinian|Palestine|West Bank|Gaza;PT=Portugal;PW=Palau;PY=Paraguay;QA=Qatar;RE=Reunion;RO=Romania;" +
        "RS=Serbia;RU=Russia|Russian Federation;RW=Rwanda;SA=Saudi Arabia;SB=Solomon Islands;SC=Seychelles;SD=Sudan;" +
        "SE=Sweden;SG=Singapore;SH=Saint Helena;SI=Slovenia;SJ=Svalbard and Jan Mayen;SK=Slovakia;SL=Sierra Leone;" +
        "SM=San Marino;SN=Senegal;SO=Somalia;SR=Suriname;SS=South Sudan;ST=Sao Tome and Principe;SV=El Salvador;" +
        "SX=Sint Maarten;SY=Syria|Syrian Arab Republic;SZ=Eswatini|Swaziland;TC=Turks and Caicos Islands;TD=Chad;" +
        "TF=French Southern Territories;TG=Togo;TH=Thailand;TJ=Tajikistan;TK=Tokelau;TL=Timor-Leste|East Timor;" +
        "TM=Turkmenistan;TN=Tunisia;TO=Tonga;TR=Turkey|Turkiye;TT=Trinidad and Tobago;TV=Tuvalu;TW=Taiwan;" +
        "TZ=Tanzania;UA=Ukraine;UG=Uganda;UM=United States Minor Outlying Islands;US=United States|USA|United States of America;" +
        "UY=Uruguay;UZ=Uzbekistan;VA=Holy See|Vatican City;VC=Saint Vincent and the Grenadines;VE=Venezuela;" +
        "VG=Virgin Islands, British|British Virgin Islands;VI=Virgin Islands, U.S.;VN=Vietnam|Viet Nam;VU=Vanuatu;" +
        "WF=Wallis and Futuna;WS=Samoa;XK=Kosovo;YE=Yemen;YT=Mayotte;ZA=South Africa;ZM=Zambia;ZW=Zimbabwe;" +
        "AN=Netherlands Antilles";

    private static readonly Dictionary<string, string> ByName = Build();

    private static readonly HashSet<string> KnownCodes = new(ByName.Values, StringComparer.Ordinal);

    /// <summary>Returns the alpha-2 code for a country name or code, or null when it is not known.</summary>
    public static string? ToCode(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var trimmed = country.Trim();
        if (trimmed.Length == 2)
        {
            var upper = trimmed.ToUpperInvariant();
            return KnownCodes.Contains(upper) ? upper : null;
        }

        return ByName.TryGetValue(Fold(trimmed), out var code) ? code : null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Table.Split(';'))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            var code = item[..eq];
            foreach (var name in item[(eq + 1)..].Split('|'))
            {
                map[Fold(name)] = code;
            }
        }

        return map;
    }

    private static string Fold(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}

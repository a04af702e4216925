"""Names of places the small English model often labels as persons or organisations.

en_core_web_sm reads "Ulaanbaatar" as an organisation and "Naypyitaw", "Busan" or even
"Pyongyang" as persons in some sentences, and a destination it does not see as a place
is lost. A known place name is a place wherever it stands alone: most countries of the
world and their capitals, the cities envoys to and from Korea travel through, and the
continents and regions. The names the model always gets right ("the DPRK", "South
Korea", "Washington") are left to it. It is a list of places, not of people or
missions; the rules that read a place as a destination are the same for every place.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span

# Labels the model gives places (the one definition the place rules share); a known name
# under any of them is left as it is.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Countries and capitals, by region, then cities of the Korean, Chinese, Russian and
# Japanese news beats. A name that is also a common given name ("Victoria", "Jordan",
# "Chad", "Georgia", "Sofia", "Santiago", "Israel"), surname ("Wellington", "Kingston",
# "Lima", "Lagos", "Osaka", "Colombo") or English word ("Male", "Nice") is left out:
# the model's reading of it stands. A surname that is also a place is guarded below.
_NAMES = """
Afghanistan Kabul; Albania Tirana; Algeria Algiers; Andorra; Angola Luanda;
Argentina Buenos Aires; Armenia Yerevan; Australia Canberra; Austria Vienna;
Azerbaijan Baku; Bahamas Nassau; Bahrain Manama; Bangladesh Dhaka; Barbados;
Belarus Minsk; Belgium Brussels; Belize Belmopan; Benin Porto-Novo Cotonou;
Bhutan Thimphu; Bolivia La Paz; Bosnia and Herzegovina Sarajevo;
Botswana Gaborone; Brazil Brasilia Brasília; Brunei Bandar Seri Begawan;
Bulgaria; Burkina Faso Ouagadougou; Burundi Gitega Bujumbura;
Cambodia Phnom Penh; Cameroon Yaounde Yaoundé; Canada Ottawa; Cape Verde Praia;
Central African Republic Bangui; N'Djamena; Chile; China Beijing;
Colombia Bogota Bogotá; Comoros; Congo Brazzaville Kinshasa;
Costa Rica San Jose; Croatia Zagreb; Cuba Havana; Cyprus Nicosia;
Czech Republic Czechia Prague; Denmark Copenhagen; Djibouti; Dominica;
Dominican Republic Santo Domingo; Ecuador Quito; Egypt Cairo; El Salvador San Salvador;
Equatorial Guinea Malabo; Eritrea Asmara; Estonia Tallinn; Eswatini Mbabane;
Ethiopia Addis Ababa; Fiji Suva; Finland Helsinki; France Paris; Gabon Libreville;
Gambia Banjul; Tbilisi; Germany Berlin; Ghana Accra; Greece Athens; Grenada;
Guatemala Guatemala City; Guinea Conakry; Guinea-Bissau Bissau; Guyana;
Haiti Port-au-Prince; Honduras Tegucigalpa; Hungary Budapest; Iceland Reykjavik;
India New Delhi Delhi; Indonesia Jakarta; Iran Tehran; Iraq Baghdad; Ireland Dublin;
Jerusalem Tel Aviv; Italy Rome; Jamaica; Japan Tokyo; Amman;
Kazakhstan Astana Almaty; Kenya Nairobi; Kiribati Tarawa; Kuwait Kuwait City;
Kyrgyzstan Bishkek; Laos Vientiane; Latvia Riga; Lebanon Beirut; Lesotho Maseru;
Liberia Monrovia; Libya Tripoli; Liechtenstein Vaduz; Lithuania Vilnius;
Luxembourg; Madagascar Antananarivo; Malawi Lilongwe; Malaysia Kuala Lumpur Putrajaya;
Maldives; Mali Bamako; Malta Valletta; Mauritania Nouakchott; Mauritius Port Louis;
Mexico Mexico City; Moldova Chisinau; Monaco; Mongolia Ulaanbaatar Ulan Bator;
Montenegro Podgorica; Morocco Rabat; Mozambique Maputo; Myanmar Burma Naypyitaw
Nay Pyi Taw Naypyidaw Yangon Rangoon; Namibia Windhoek; Nauru; Nepal Kathmandu;
Netherlands Amsterdam; New Zealand; Nicaragua Managua;
Niger Niamey; Nigeria Abuja; North Macedonia Skopje; Norway Oslo; Oman Muscat;
Pakistan Islamabad; Palau; Palestine Ramallah Gaza; Panama Panama City;
Papua New Guinea Port Moresby; Paraguay Asuncion Asunción; Peru;
Philippines Manila; Poland Warsaw; Portugal Lisbon; Qatar Doha; Romania Bucharest;
Russia Moscow; Rwanda Kigali; Samoa Apia; San Marino; Sao Tome; Saudi Arabia Riyadh
Jeddah; Senegal Dakar; Serbia Belgrade; Seychelles; Sierra Leone Freetown; Singapore;
Slovakia Bratislava; Slovenia Ljubljana; Solomon Islands Honiara; Somalia Mogadishu;
South Africa Pretoria Cape Town Johannesburg; South Sudan Juba; Spain Madrid;
Sri Lanka; Sudan Khartoum; Suriname Paramaribo; Sweden Stockholm;
Switzerland Bern Geneva; Syria Damascus; Taiwan Taipei; Tajikistan Dushanbe;
Tanzania Dodoma Dar es Salaam; Thailand Bangkok; Timor-Leste East Timor Dili;
Togo Lome Lomé; Tonga; Trinidad and Tobago Port of Spain; Tunisia Tunis;
Turkey Türkiye Ankara Istanbul; Turkmenistan Ashgabat; Tuvalu; Uganda Kampala;
Ukraine Kyiv Kiev; United Arab Emirates Abu Dhabi Dubai; United Kingdom Britain London;
Uruguay Montevideo; Uzbekistan Tashkent; Vanuatu Port Vila; Vatican Vatican City
Holy See; Venezuela Caracas; Vietnam Viet Nam Hanoi Ho Chi Minh City Haiphong;
Yemen Sanaa; Zambia Lusaka; Zimbabwe Harare;
Pyongyang Kaesong Nampho Nampo Sinuiju Wonsan Hamhung Chongjin Rason Rajin Sonbong
Haeju Sariwon Hyesan Kanggye Samjiyon Panmunjom; Seoul Busan Pusan Incheon Inchon
Daegu Gwangju Daejeon Ulsan Jeju Seongnam Suwon Goyang Paju Pyeongchang Gangneung;
Shenyang Dandong Dalian Shanghai Guangzhou Shenzhen Tianjin Changchun Harbin Yanji
Hong Kong Macau Macao Chengdu Wuhan Nanjing Hangzhou Xiamen Qingdao; Vladivostok
Khabarovsk Nakhodka Ussuriysk Sochi Novosibirsk Irkutsk Saint Petersburg
St Petersburg Yekaterinburg Blagoveshchensk Vostochny Kursk; Niigata Kyoto
Sapporo Fukuoka Nagoya Okinawa Hiroshima Yokohama
"""

# Names of more than one word, known by their spaced form.
_MULTI = ("Buenos Aires", "La Paz", "Bosnia and Herzegovina", "Bandar Seri Begawan",
          "Burkina Faso", "Phnom Penh", "Cape Verde", "Central African Republic",
          "Costa Rica", "San Jose", "Czech Republic", "Dominican Republic",
          "Santo Domingo", "El Salvador", "San Salvador", "Equatorial Guinea",
          "Addis Ababa", "Guatemala City", "New Delhi", "Tel Aviv", "Kuwait City",
          "Kuala Lumpur", "Port Louis", "Mexico City", "Ulan Bator", "Nay Pyi Taw",
          "New Zealand", "North Macedonia", "Panama City",
          "Papua New Guinea", "Port Moresby", "Saudi Arabia", "San Marino", "Sao Tome",
          "Sierra Leone", "Solomon Islands", "South Africa", "Cape Town", "South Sudan",
          "Sri Lanka", "Dar es Salaam", "East Timor", "Port of Spain",
          "Trinidad and Tobago", "United Arab Emirates", "Abu Dhabi", "United Kingdom",
          "Port Vila", "Vatican City", "Holy See", "Viet Nam", "Ho Chi Minh City",
          "Hong Kong", "Saint Petersburg", "St Petersburg", "St. Petersburg", "United States",
          "Guinea-Bissau", "Porto-Novo", "Port-au-Prince", "Timor-Leste")
# Continents and regions, labelled LOC as the model labels "the Middle East": a remit's
# region ("representative for the Middle East and Africa Mikhail Bogdanov") is no
# part of the name after it.
_REGIONS = ("Africa", "Asia", "Europe", "Oceania", "Antarctica", "North Africa",
            "West Africa", "East Africa", "Southern Africa", "Middle East", "Near East",
            "Latin America", "South America", "North America", "Central America",
            "Central Asia", "East Asia", "Northeast Asia", "Southeast Asia", "South Asia",
            "Asia-Pacific", "Caribbean", "Balkans", "Caucasus", "Gulf", "Sahel",
            "Korean Peninsula", "Eurasia")


@cache
def known_places() -> dict[str, str]:
    """Every listed name, one- or many-worded, in lower case, with its label."""
    text = " ".join(_NAMES.replace(";", " ; ").split())
    for name in sorted(_MULTI, key=len, reverse=True):  # longest first: "Guinea" last
        text = text.replace(name, ";")
    names = frozenset(text.replace(";", " ").split()) | frozenset(_MULTI)
    # Compared in lower case: "PyeongChang", "PYONGYANG" are the same places.
    return {name.lower(): label for label, group in (("GPE", names), ("LOC", _REGIONS))
            for name in group}


@cache
def _by_first_word() -> dict[str, tuple[str, ...]]:
    """The names each first word may open, longest first."""
    out: dict[str, list[str]] = {}
    for name in sorted(known_places(), key=len, reverse=True):
        out.setdefault(name.replace("-", " ").split()[0], []).append(name)
    return {word: tuple(names) for word, names in out.items()}


def place_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each known place name written in the doc, longest first at
    each token, never overlapping. Compared on the text (read once) from the token's
    offset, so a token that opens no name costs one lookup."""
    text, opening = doc.text, _by_first_word()
    i = 0
    while i < len(doc):
        tok = doc[i]
        names = opening.get(tok.lower_, ()) if tok.text[:1].isupper() else ()
        span = next((sp for name in names if _written_at(text, tok.idx, name)
                     and (sp := doc.char_span(tok.idx, tok.idx + len(name))) is not None), None)
        if span is None:
            i += 1
            continue
        yield span.start, span.end
        i = span.end


def _written_at(text: str, start: int, name: str) -> bool:
    end = start + len(name)
    return text[start:end].lower() == name and (end == len(text) or not text[end].isalnum())


def relabel_places(doc: Doc) -> None:
    """Label each known place name a place: an entity that is exactly the name becomes
    GPE (LOC for a region), a name outside every entity becomes one. A name inside or
    across a longer entity ("The Pyongyang Times", "Kim Il Sung University") keeps that
    entity, and so does a person the doc names in full elsewhere ("Ricardo Lagos ...
    Lagos said")."""
    ents = list(doc.ents)
    covering = {k: n for n, ent in enumerate(ents) for k in range(ent.start, ent.end)}
    surnames = {t.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
                for t in ent}
    changed = False
    for start, end in place_spans(doc):
        key = doc[start:end].text.lower()
        inside = {covering.get(k) for k in range(start, end)}
        if inside == {None}:
            ents.append(Span(doc, start, end, label=known_places()[key]))
            changed = True
        elif len(inside) == 1 and (n := inside.pop()) is not None and \
                (ents[n].start, ents[n].end) == (start, end) and \
                ents[n].label_ not in PLACE_LABELS and key not in surnames:
            ents[n] = Span(doc, start, end, label=known_places()[key])
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda ent: ent.start)

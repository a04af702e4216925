"""Names of places the small English model often labels as persons or organisations.

en_core_web_sm reads "Ulaanbaatar" as an organisation and "Naypyitaw", "Busan" or even
"Pyongyang" as persons in some sentences, and a destination it does not see as a place
is lost. A known place name is a place wherever it stands alone: the countries of the
world, their capitals, and the cities envoys to and from Korea travel through. It is a
list of places, not of people or missions; the rules that read a place as a
destination are the same for every place.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span

# Labels the model gives places; a known name under any of them is left as it is.
PLACES = frozenset({"GPE", "LOC", "FAC"})

# Countries and capitals, by region, then cities of the Korean, Chinese, Russian and
# Japanese news beats. A name that is also a given name ("Victoria", "Jordan", "Chad",
# "Georgia", "Sofia", "Santiago"), a surname ("Wellington", "Kingston") or an English
# word ("Male", "Nice") is left out: the model's reading of it stands.
_NAMES = """
Afghanistan Kabul; Albania Tirana; Algeria Algiers; Andorra; Angola Luanda;
Argentina Buenos Aires; Armenia Yerevan; Australia Canberra; Austria Vienna;
Azerbaijan Baku; Bahamas Nassau; Bahrain Manama; Bangladesh Dhaka; Barbados;
Belarus Minsk; Belgium Brussels; Belize Belmopan; Benin Porto-Novo Cotonou;
Bhutan Thimphu; Bolivia La Paz Sucre; Bosnia and Herzegovina Sarajevo;
Botswana Gaborone; Brazil Brasilia Brasília; Brunei Bandar Seri Begawan;
Bulgaria; Burkina Faso Ouagadougou; Burundi Gitega Bujumbura;
Cambodia Phnom Penh; Cameroon Yaounde Yaoundé; Canada Ottawa; Cape Verde Praia;
Central African Republic Bangui; N'Djamena; Chile; China Beijing;
Colombia Bogota Bogotá; Comoros Moroni; Congo Brazzaville Kinshasa;
Costa Rica San Jose; Croatia Zagreb; Cuba Havana; Cyprus Nicosia;
Czech Republic Czechia Prague; Denmark Copenhagen; Djibouti; Dominica Roseau;
Dominican Republic Santo Domingo; Ecuador Quito; Egypt Cairo; El Salvador San Salvador;
Equatorial Guinea Malabo; Eritrea Asmara; Estonia Tallinn; Eswatini Mbabane;
Ethiopia Addis Ababa; Fiji Suva; Finland Helsinki; France Paris; Gabon Libreville;
Gambia Banjul; Tbilisi; Germany Berlin; Ghana Accra; Greece Athens; Grenada;
Guatemala Guatemala City; Guinea Conakry; Guinea-Bissau Bissau; Guyana;
Haiti Port-au-Prince; Honduras Tegucigalpa; Hungary Budapest; Iceland Reykjavik;
India New Delhi Delhi; Indonesia Jakarta; Iran Tehran; Iraq Baghdad; Ireland Dublin;
Israel Jerusalem Tel Aviv; Italy Rome; Jamaica; Japan Tokyo; Amman;
Kazakhstan Astana Almaty; Kenya Nairobi; Kiribati Tarawa; Kuwait Kuwait City;
Kyrgyzstan Bishkek; Laos Vientiane; Latvia Riga; Lebanon Beirut; Lesotho Maseru;
Liberia Monrovia; Libya Tripoli; Liechtenstein Vaduz; Lithuania Vilnius;
Luxembourg; Madagascar Antananarivo; Malawi Lilongwe; Malaysia Kuala Lumpur Putrajaya;
Maldives; Mali Bamako; Malta Valletta; Mauritania Nouakchott; Mauritius Port Louis;
Mexico Mexico City; Moldova Chisinau; Monaco; Mongolia Ulaanbaatar Ulan Bator;
Montenegro Podgorica; Morocco Rabat; Mozambique Maputo; Myanmar Burma Naypyitaw
Nay Pyi Taw Naypyidaw Yangon Rangoon; Namibia Windhoek; Nauru; Nepal Kathmandu;
Netherlands Amsterdam The Hague; New Zealand; Nicaragua Managua;
Niger Niamey; Nigeria Abuja Lagos; North Macedonia Skopje; Norway Oslo; Oman Muscat;
Pakistan Islamabad; Palau; Palestine Ramallah Gaza; Panama Panama City;
Papua New Guinea Port Moresby; Paraguay Asuncion Asunción; Peru Lima;
Philippines Manila; Poland Warsaw; Portugal Lisbon; Qatar Doha; Romania Bucharest;
Russia Moscow; Rwanda Kigali; Samoa Apia; San Marino; Sao Tome; Saudi Arabia Riyadh
Jeddah; Senegal Dakar; Serbia Belgrade; Seychelles; Sierra Leone Freetown; Singapore;
Slovakia Bratislava; Slovenia Ljubljana; Solomon Islands Honiara; Somalia Mogadishu;
South Africa Pretoria Cape Town Johannesburg; South Sudan Juba; Spain Madrid;
Sri Lanka Colombo; Sudan Khartoum; Suriname Paramaribo; Sweden Stockholm;
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
Khabarovsk Nakhodka Ussuriysk Sochi Kazan Novosibirsk Irkutsk Saint Petersburg
St Petersburg Yekaterinburg Blagoveshchensk Vostochny Kursk; Osaka Niigata Kyoto
Sapporo Fukuoka Nagoya Okinawa Hiroshima Yokohama
"""

# Names of more than one word, known by their spaced form.
_MULTI = ("Buenos Aires", "La Paz", "Bosnia and Herzegovina", "Bandar Seri Begawan",
          "Burkina Faso", "Phnom Penh", "Cape Verde", "Central African Republic",
          "Costa Rica", "San Jose", "Czech Republic", "Dominican Republic",
          "Santo Domingo", "El Salvador", "San Salvador", "Equatorial Guinea",
          "Addis Ababa", "Guatemala City", "New Delhi", "Tel Aviv", "Kuwait City",
          "Kuala Lumpur", "Port Louis", "Mexico City", "Ulan Bator", "Nay Pyi Taw",
          "The Hague", "New Zealand", "North Macedonia", "Panama City",
          "Papua New Guinea", "Port Moresby", "Saudi Arabia", "San Marino", "Sao Tome",
          "Sierra Leone", "Solomon Islands", "South Africa", "Cape Town", "South Sudan",
          "Sri Lanka", "Dar es Salaam", "East Timor", "Port of Spain",
          "Trinidad and Tobago", "United Arab Emirates", "Abu Dhabi", "United Kingdom",
          "Port Vila", "Vatican City", "Holy See", "Viet Nam", "Ho Chi Minh City",
          "Hong Kong", "Saint Petersburg", "St Petersburg", "United States",
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
# Tokens a name of many tokens may take ("Port-au-Prince" is five).
_MOST_TOKENS = 6


@cache
def known_places() -> dict[str, str]:
    """Every listed name, one- or many-worded, in lower case, with its label."""
    text = " ".join(_NAMES.replace(";", " ; ").split())
    for name in sorted(_MULTI, key=len, reverse=True):
        text = text.replace(name, ";")
    names = frozenset(text.replace(";", " ").split()) | frozenset(_MULTI)
    # Compared in lower case: "PyeongChang", "PYONGYANG" are the same places.
    return {name.lower(): label for label, group in (("GPE", names), ("LOC", _REGIONS))
            for name in group}


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.replace("-", " ").split()[0] for name in known_places())


def place_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each known place name written in the doc, longest first at
    each token, never overlapping."""
    names, firsts = known_places(), _first_words()
    i = 0
    while i < len(doc):
        if doc[i].lower_ not in firsts or not doc[i].text[:1].isupper():
            i += 1
            continue
        most = min(_MOST_TOKENS, len(doc) - i)
        end = next((i + n for n in range(most, 0, -1) if doc[i:i + n].text.lower() in names), None)
        if end is not None:
            yield i, end
        i = end or i + 1


def relabel_places(doc: Doc) -> None:
    """Label each known place name a place: an entity that is exactly the name becomes
    GPE (LOC for a region), a name outside every entity becomes one; a name inside a longer entity
    ("Pyongyang Times", "Kim Il Sung University") keeps that entity."""
    ents = list(doc.ents)
    covering = {k: n for n, ent in enumerate(ents) for k in range(ent.start, ent.end)}
    changed = False
    for start, end in place_spans(doc):
        label = known_places()[doc[start:end].text.lower()]
        inside = {covering.get(k) for k in range(start, end)}
        if inside == {None}:
            ents.append(Span(doc, start, end, label=label))
            changed = True
        elif len(inside) == 1 and (n := inside.pop()) is not None and \
                (ents[n].start, ents[n].end) == (start, end) and ents[n].label_ not in PLACES:
            ents[n] = Span(doc, start, end, label=label)
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda ent: ent.start)

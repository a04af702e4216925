"""Static romanization data for Korean names (design notes §2.1-§2.3).

Everything here is an immutable literal; the derived indexes are built lazily
in ``romanization.py``.  Jamo are listed in Unicode order so that the syllable
arithmetic ``0xAC00 + (initial * 21 + vowel) * 28 + final`` applies.
"""

from __future__ import annotations

HANGUL_BASE = 0xAC00
HANGUL_LAST = 0xD7A3
N_VOWELS = 21
N_FINALS = 28

# Union of every system a name reaches us in: DPRK/KCNA, McCune-Reischauer
# (breves become eo/eu, aspiration apostrophes are deleted before lookup),
# Revised Romanization, everyday South Korean spellings and ICU/anyascii
# transliteration.  Kontsevich (Russian relay) spellings are deliberately absent.
INITIALS: tuple[tuple[str, ...], ...] = (
    ("k", "g"),  # ㄱ
    ("kk", "gg", "k", "g"),  # ㄲ
    ("n",),  # ㄴ
    ("t", "d"),  # ㄷ
    ("tt", "dd", "t", "d"),  # ㄸ
    ("r", "l"),  # ㄹ  (initial-sound law r -> n/zero is a separate, scored rule)
    ("m",),  # ㅁ
    ("p", "b"),  # ㅂ
    ("pp", "bb", "p", "b"),  # ㅃ
    ("s",),  # ㅅ  (sh is added before i/y vowels, see SH_VOWELS)
    ("ss", "s"),  # ㅆ
    ("",),  # ㅇ
    ("j", "ch"),  # ㅈ  (MR writes ch; "j" never spells ㅊ)
    ("jj", "tch", "j", "ch"),  # ㅉ
    ("ch",),  # ㅊ
    ("k", "kh"),  # ㅋ  (kh is the DPRK spelling)
    ("t", "th"),  # ㅌ  (Thae, Thaek)
    ("p", "ph"),  # ㅍ
    ("h",),  # ㅎ
)

VOWELS: tuple[tuple[str, ...], ...] = (
    ("a",),  # ㅏ
    ("ae", "ai"),  # ㅐ
    ("ya",),  # ㅑ
    ("yae",),  # ㅒ
    ("eo", "o", "u"),  # ㅓ  (KCNA/MR o, SK u as in Sung, Chul, Jung)
    ("e",),  # ㅔ
    ("yeo", "yo", "yu", "you"),  # ㅕ  (Hyun, Young)
    ("ye",),  # ㅖ
    ("o",),  # ㅗ
    ("wa",),  # ㅘ
    ("wae",),  # ㅙ
    ("oe", "oi", "oy"),  # ㅚ  (Choe, Choi)
    ("yo",),  # ㅛ
    ("u", "oo"),  # ㅜ  (Soo, Joo, Moon)
    ("wo", "weo"),  # ㅝ
    ("we",),  # ㅞ
    ("wi", "ui", "wee"),  # ㅟ  (Choe Hwi is printed Choe Hui in Western copy)
    ("yu", "yoo", "you"),  # ㅠ
    ("eu", "u"),  # ㅡ
    ("ui", "eui", "i", "ee"),  # ㅢ  (Hee)
    ("i", "ee"),  # ㅣ  (Lee)
)

# Finals by sound class (§2.3 rule 7); ICU/anyascii write ㄱ as g, ㅅ as s.
FINALS: tuple[tuple[str, ...], ...] = (
    ("",),
    ("k", "g", "ck", "c"),  # ㄱ  (South Korean Duck, Lac: Han Duck-soo, Wi Sung-lac)
    ("k", "kk"),  # ㄲ
    ("k",),  # ㄳ
    ("n", "nn"),  # ㄴ  (Kim Gunn)
    ("n",),  # ㄵ
    ("n",),  # ㄶ
    ("t", "d"),  # ㄷ
    ("l",),  # ㄹ
    ("k",),  # ㄺ
    ("m",),  # ㄻ
    ("l",),  # ㄼ
    ("l",),  # ㄽ
    ("l",),  # ㄾ
    ("p",),  # ㄿ
    ("l",),  # ㅀ
    ("m",),  # ㅁ
    ("p", "b"),  # ㅂ
    ("p",),  # ㅄ
    ("t", "s"),  # ㅅ
    ("t", "ss"),  # ㅆ
    ("ng",),  # ㅇ
    ("t",),  # ㅈ
    ("t",),  # ㅊ
    ("k",),  # ㅋ
    ("t",),  # ㅌ
    ("p",),  # ㅍ
    ("t",),  # ㅎ
)

I_ZERO, I_RIEUL, I_NIEUN, I_SIOS, I_SSANG_SIOS = 11, 5, 2, 9, 10
V_U, V_I = 13, 20
# Vowels written with a leading i/y glide; the initial-sound law and MR "sh" use them.
Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
SH_VOWELS = frozenset({2, 3, 6, 7, 12, 16, 17, 20})
# Customary vowel spellings seen only in open syllables (Choi, Hui, Tai, Lee).
# Allowing them before a final would make solid RR ambiguous in the wrong way:
# "choebuil" (최부일) would parse as choe|buil and "oiljeong" (오일정) as oil|jeong.
OPEN_ONLY_VOWELS: dict[int, frozenset[str]] = {
    1: frozenset({"ai"}),
    11: frozenset({"oi", "oy"}),
    16: frozenset({"ui", "wee"}),
    19: frozenset({"ui", "eui", "ee"}),  # ㅢ never takes a final in Sino-Korean names
    20: frozenset({"ee"}),
}
# ㅎ before a w-vowel is sometimes written with the w first (Kang Kyung-wha, Whang).
WH_VOWELS = frozenset({9, 14})  # ㅘ, ㅝ
I_HIEUH = 18
# Extra spellings that only exist after the silent initial ㅇ (Woo, Woon, Yi).
ZERO_INITIAL_VOWELS: dict[int, tuple[str, ...]] = {V_U: ("woo", "wu"), V_I: ("yi",)}

# KCNA-style display spellings (DPRK 1992 system with breves dropped, §2.2).
KCNA_INITIALS = (
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch",
    "kh", "th", "ph", "h",
)  # fmt: skip
KCNA_VOICED = {0: "g", 3: "d", 7: "b"}
KCNA_VOWELS = (
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u",
    "wo", "we", "wi", "yu", "u", "ui", "i",
)  # fmt: skip
KCNA_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
    "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
# Finals after which a following plain stop is voiced (vowel or sonorant).
VOICING_FINALS = frozenset({0, 4, 5, 6, 8, 16, 21})
KCNA_FIXED = {"김일성": "Kim Il Sung", "평양": "Pyongyang"}

# Common Korean surnames (Hangul); DPRK spellings keep the initial ㄹ (리, 림, 류...).
SURNAMES_HANGUL = frozenset(
    "김리이박최정강조렴윤장림임한오서신권황안송류유전홍고문량양손배백허남심로노하곽성차주"
    "우구민진지엄채원천방공현함변편염여추도소석선설마길연위표명기반라나왕금옥육인맹제모"
    "탁국어은용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈단견당화창옹순종풍개려"
)
COMPOUND_SURNAMES = frozenset({"남궁", "제갈", "선우", "황보", "독고", "사공", "서문"})

# Customary surname spellings that the jamo tables cannot produce (§2.3 rule 3).
CUSTOMARY_SURNAMES: dict[str, str] = {
    "lee": "이리", "rhee": "이리", "yi": "이리", "rhie": "이리", "park": "박", "pahk": "박",
    "bahk": "박", "paik": "백", "oh": "오", "roh": "로노", "noh": "노", "ahn": "안",
    "hahn": "한", "sohn": "손", "suh": "서", "huh": "허", "whang": "황", "yoon": "윤",
    "youn": "윤", "yim": "임", "kahng": "강", "koh": "고", "doh": "도", "soh": "소",
    "uhm": "엄", "chough": "조", "joh": "조", "rhyu": "류", "lyu": "류",
}  # fmt: skip

# Capitalised English words that happen to spell one Korean syllable; they are
# neither name syllables for the extension/prefix guards nor part of a name.
# Words that are also common given-name syllables (Ok, So, No, An, In, On, Do,
# Go, Sun, Ye, Un) are deliberately absent: "Kim Jong" must not match inside
# "Kim Jong Ok" (found by the syllable-count property test).
_ENGLISH_SYLLABLE_WORDS = """a i as at be by is it me my of or to up us we
    has had was were are and the his him her its our who why how now new one two
    ten yes but not off out own see saw say set sit six top too use via
    yet gen col sen rep dr mr mrs ms sir rev gov amb lt maj capt adm mt st eh"""
ENGLISH_SYLLABLE_WORDS = frozenset(_ENGLISH_SYLLABLE_WORDS.split())

# Next words that turn a name into an eponym (§3.5 guard 5).
_EPONYM_WORDS = """square university stadium street prize order medal institute academy palace
    military youth league mausoleum hall school college foundation library museum
    memorial bridge road avenue station plant factory farm mine works complex
    hospital hotel tower statue statues monument monuments award awards badge
    badges centre center theatre theater exhibition birthplace park garden gardens
    kimilsungia kimjongilia socialist revolutionary political university's
    institute's prize's stadium's square's boulevard district county city
    ship shipyard airport lane"""
EPONYM_WORDS = frozenset(_EPONYM_WORDS.split())

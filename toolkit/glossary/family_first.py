"""Whether a person's name is written family name first, from its words alone (for ``glossary suggest``'s ids).

The copy's own evidence comes first: a short mention ("Li said", "Xi told") says which word is the family
name, and :mod:`toolkit.glossary.suggest` takes it as the short form and the id. Where the copy never
names the person by one word, the name itself tells Chinese and Korean names, which English copy writes
family name first ("Li Qiang", "Wang Yi", "Kim Jong Un", "Tsai Ing-wen"): the first word is a common
family name and the rest is one or two given-name syllables in Pinyin, Wade-Giles or Korean romanisation.
A Western given name after such a family name is no given name of that kind ("Kim Kardashian"), and a
Western given name before one is the Western order ("Jensen Huang", "Lisa Su"). Vietnamese names are
written family name first too, but the press names the person by the given name, the last word ("Pham Minh
Chinh ... Chinh said", "To Lam"): the id stays the last word. A Japanese name in English copy is written in news
order, given name first ("Fumio Kishida"), and some Japanese given names are Chinese or Korean family names
too (Yu, Shin, Dai, Ren, Jo): a common Japanese family name last ("Ren Kato", "Shin Abe") says the news
order. Japanese names written the Japanese way ("Ishiba Shigeru") and Hungarian names written the
Hungarian way ("Orbán Viktor") cannot be told by their words: only a short mention decides them.
"""

from __future__ import annotations

import re

from ..patterns import LazyPattern
from .match import fold

# the most common family names, as English copy romanises them (Pinyin; Wade-Giles and Cantonese for Taiwan,
# Hong Kong and Singapore)
CHINESE_FAMILY_NAMES = frozenset(
    """
    li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao xi
    cui zhong tan fan kong bai qin meng xiong qiu hou jin shi lei gu mao hao kang duan zou xiang qian lai wan
    yin long yan fu dai fang ling bao geng nie wen lou chang chiang chou hsieh hsu kuo tsai tseng chu ko lien
    hou hung wong chan cheung leung ng tsang yip lam chow
""".split()
)
KOREAN_FAMILY_NAMES = frozenset(
    """
    kim lee yi rhee park pak choi choe jung chung jeong kang cho jo yoon yun jang chang lim im han oh seo suh
    shin sin kwon hwang ahn an song yoo yu ryu hong jeon chun moon mun ko go yang son bae baek paik heo huh
    nam noh roh ha kwak sung
""".split()
)
# Vietnamese family names that are no Chinese or Korean one: the press names such a person by the last word
VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyen tran pham phan vu vo dang bui ngo duong dinh huynh hoang trinh truong luong to doan".split()
)
# the most common Japanese family names, and those of the country's public figures, as English copy writes
# them (Hepburn, long vowels unmarked): the last word of a Japanese name in news order
JAPANESE_FAMILY_NAMES = frozenset(
    """
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
    matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda
    fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota
    miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
    morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai
    takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano kojima otsuka chiba kubo matsui iwasaki
    sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto arai hamada suga aso kono kishida
    ishiba motegi koizumi noda hatoyama takaichi kamikawa nishikori osaka ohtani doi baba kubota oda mochizuki
    """.split()
)

_PINYIN_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|[aoeiuv])"
)
_WADE_GILES = r"(?:hs|ts|tz|ch|sh|[bpmfdtnlgkhjrszyw])?(?:ien|iang|ung|eng|ing|ang|an|en|in|ao|ai|ei|ou|ih|u|a|o|e|i)"
_KOREAN_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
_KOREAN_VOWEL = r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|a|e|o|u|i)"
_KOREAN_FINAL = r"(?:ng|[kntlmpg])?"
_SYLLABLES = LazyPattern(
    rf"(?:{_PINYIN_INITIAL}{_PINYIN_FINAL}(?:ng|n|r)?){{1,2}}"
    rf"|(?:{_WADE_GILES}){{1,2}}"
    rf"|(?:{_KOREAN_INITIAL}{_KOREAN_VOWEL}{_KOREAN_FINAL}){{1,2}}"
)


def _given_syllables(words: list[str]) -> bool:
    """Whether the words after the family name read as one or two syllables each, as romanised Chinese and
    Korean given names do ('Qiang', 'Jinping', 'Jae-myung', 'Suk Yeol', 'Ing-wen')."""
    pieces = [piece for word in words for piece in re.split(r"[-\u2010\u2011]", fold(word))]
    return 0 < len(pieces) <= 3 and all(piece and len(piece) <= 7 and _SYLLABLES.fullmatch(piece) for piece in pieces)


def family_name_first(name: str) -> bool:
    """Whether ``name`` (a person's, as written) is a Chinese or Korean name written family name first, by its
    words alone: 'Li Qiang', 'Wang Yi', 'He Lifeng', 'Kim Jong Un', 'Tsai Ing-wen'; not 'Jensen Huang', 'Lisa
    Su', 'Kim Kardashian', a Vietnamese name ('Pham Minh Chinh', known by its last word) nor a Japanese one in
    news order whose given name is also a Chinese or Korean family name ('Ren Kato', 'Shin Abe')."""
    words = name.split()
    if not 2 <= len(words) <= 3 or len(name) > 40:
        return False
    first = fold(words[0])
    if first not in CHINESE_FAMILY_NAMES and first not in KOREAN_FAMILY_NAMES:
        return False
    if any(fold(word) in VIETNAMESE_FAMILY_NAMES for word in words) or fold(words[-1]) in JAPANESE_FAMILY_NAMES:
        return False
    return _given_syllables(words[1:])

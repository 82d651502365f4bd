package resolve

import "strings"

// Names that say which country their bearer is from, so a person the text
// places nowhere takes that country when the story names it: "Nguyen Thi
// Lan" in a Chinese agency's story that names Vietnam, "Kenji Matsumoto" in
// one from Ashgabat that names Japan. Source: common family names of each
// country, written for Chronicle from public name statistics.

// japaneseFamilyNames are the commonest family names of Japan.
var japaneseFamilyNames = wordSet(`Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato
	Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto
	Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo
	Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Tamura Takeuchi
	Kaneko Wada Nakayama Ishida Ueda Morita Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando
	Taniguchi Maruyama Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Kojima Otsuka
	Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano Onishi Sugimoto Arai Yamaguchi`)

// koreanFamilyNames are the commonest family names of Korea, written
// before a hyphenated given name ("Kim Ji-hoon").
var koreanFamilyNames = wordSet(`Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn
	Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Um`)

// chineseFamilyNames are the commonest family names of mainland China in
// pinyin, written before a given name of one or two syllables ("Chen
// Guodong").
var chineseFamilyNames = wordSet(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
	Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu
	Ding Ren Shen Yao Jin Fu Zhong Dai Cui Fan Liao Tan Jia Xia Qiu Fang Zou Shi Xiong Meng Qin Yan Xue Hou Lei Bai
	Long Duan Hao Kong Shao Mao Chang Wan Gu Lai Kang Yin Qian Niu Hong Gong Qi Wen Geng Mo Qu Zhan Ning Ou Tao Ji`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// nameOriginTie gives a person of no country the country a name's shape
// says, when the story names that country: a Vietnamese family name before
// two more words ("Nguyen Thi Lan"), a Japanese family name after a given
// name ("Kenji Matsumoto"), a Korean family name before a hyphenated given
// name ("Kim Ji-hoon", South Korea unless only North Korea is named), the
// father's initial joined to the given name as Mongolian news writes it
// ("D.Ganbold"), or a surname's ending (Georgian "-shvili", Armenian "-yan").
func (d *doc) nameOriginTie(e *entity) {
	if e.Country != "" {
		return
	}
	if c := nameOrigin(e.Name); c != "" {
		if c == "KOR" && !d.story["KOR"] && d.story["PRK"] {
			c = "PRK"
		}
		if d.story[c] {
			e.Country = c
		}
		return
	}
	// An Arabic name ("Qais bin Mohammed Al Yousef") in a story that names
	// one Arab state and others: that state's.
	if arabicName(e.Name) {
		found := ""
		for c := range d.story {
			if arabStates[c] {
				if found != "" {
					return
				}
				found = c
			}
		}
		if found != "" && len(d.story) > 1 {
			e.Country = found
		}
	}
}

// arabicName tells whether a person's name has the particles of an Arabic
// name: "bin", "bint" or "ibn" between names, or the article "Al" before
// the last.
func arabicName(name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		if i > 0 && i < len(words)-1 && (patronymics[w] || w == "Al" || w == "al") {
			return true
		}
		if i > 0 && (strings.HasPrefix(w, "Al-") || strings.HasPrefix(w, "al-")) && len(w) > 4 {
			return true
		}
	}
	return false
}

// arabStates are the members of the League of Arab States.
var arabStates = wordSet(`SAU ARE QAT KWT BHR OMN YEM IRQ SYR LBN JOR PSE EGY LBY TUN DZA MAR SDN MRT SOM DJI COM`)

// nameOrigin is the country the shape of a person's name says, or "".
func nameOrigin(name string) string {
	words := strings.Fields(name)
	switch {
	case len(words) == 1:
		initial, given, ok := strings.Cut(name, ".")
		if ok && len(initial) > 0 && len(initial) <= 2 && isCapitalized(initial) && isCapitalized(given) && !strings.Contains(given, ".") {
			return "MNG"
		}
	case len(words) >= 3 && vietnameseFamilyNames[words[0]]:
		return "VNM"
	case len(words) == 2 && japaneseFamilyNames[words[1]] && !japaneseFamilyNames[words[0]]:
		return "JPN"
	case len(words) == 2 && koreanFamilyNames[words[0]] && strings.Contains(words[1], "-"):
		return "KOR"
	case len(words) == 2 && chineseFamilyNames[words[0]] && pinyinSyllables(strings.ToLower(words[1]), 2):
		return "CHN"
	case len(words) >= 2:
		last := words[len(words)-1]
		for _, o := range surnameEndings {
			if strings.HasSuffix(last, o.ending) && len(last) > len(o.ending)+2 {
				return o.country
			}
		}
	}
	return ""
}

// pinyinSyllables tells whether w, in lower case, is made of one to max
// syllables of Hanyu Pinyin without tone marks: "mingzhe" is, "hsien" (a
// Wade-Giles spelling of Taiwan or Singapore) is not.
func pinyinSyllables(w string, max int) bool {
	if w == "" {
		return true
	}
	if max == 0 {
		return false
	}
	for _, ini := range pinyinInitials {
		rest, ok := strings.CutPrefix(w, ini)
		if !ok {
			continue
		}
		for _, fin := range pinyinFinals {
			if after, ok := strings.CutPrefix(rest, fin); ok && pinyinSyllables(after, max-1) {
				return true
			}
		}
	}
	return false
}

// pinyinInitials are the consonants that open a pinyin syllable ("" for one
// that opens on a vowel), two-letter ones first.
var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
	"r", "z", "c", "s", "y", "w", ""}

// pinyinFinals are the rhymes that end a pinyin syllable, longest first.
var pinyinFinals = []string{"iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai",
	"ei", "ao", "ou", "an", "en", "er", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "a", "o", "e", "i", "u"}

// surnameEndings are the endings of surnames of one country: Georgian
// -shvili and -dze, Armenian -yan, Ukrainian -enko.
var surnameEndings = []struct{ ending, country string }{
	{"shvili", "GEO"}, {"dze", "GEO"}, {"yan", "ARM"}, {"enko", "UKR"},
}

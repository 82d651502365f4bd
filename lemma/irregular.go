package lemma

import "strings"

// irregularVerbs lists English verbs whose past tense or past participle
// takes no regular ending, as "base past participle"; slashes separate
// variants. Written here from general knowledge of English grammar (any
// school grammar's table of irregular verbs holds the same facts).
const irregularVerbs = `
arise arose arisen; awake awoke awoken; be was/were been; bear bore borne/born; beat beat beaten;
become became become; befall befell befallen; begin began begun; behold beheld beheld; bend bent bent;
beset beset beset; bet bet bet; bid bid bid; bind bound bound; bite bit bitten; bleed bled bled;
blow blew blown; break broke broken; breed bred bred; bring brought brought; broadcast broadcast broadcast;
build built built; burn burnt burnt; burst burst burst; buy bought bought; cast cast cast; catch caught caught;
choose chose chosen; cling clung clung; come came come; cost cost cost; creep crept crept; cut cut cut;
deal dealt dealt; dig dug dug; dive dove dived; do did done; draw drew drawn; dream dreamt dreamt;
drink drank drunk; drive drove driven; dwell dwelt dwelt; eat ate eaten; fall fell fallen; feed fed fed;
feel felt felt; fight fought fought; find found found; flee fled fled; fling flung flung; fly flew flown;
forbid forbade forbidden; forecast forecast forecast; foresee foresaw foreseen; foretell foretold foretold;
forget forgot forgotten; forgive forgave forgiven; forsake forsook forsaken; freeze froze frozen;
get got gotten/got; give gave given; go went gone; grind ground ground; grow grew grown; hang hung hung;
have had had; hear heard heard; hew hewed hewn; hide hid hidden; hit hit hit; hold held held; hurt hurt hurt;
keep kept kept; kneel knelt knelt; know knew known; lay laid laid; lead led led; lean leant leant;
leap leapt leapt; learn learnt learnt; leave left left; lend lent lent; let let let; lie lay lain;
light lit lit; lose lost lost; make made made; mean meant meant; meet met met; mislead misled misled;
mistake mistook mistaken; misunderstand misunderstood misunderstood; mow mowed mown; outdo outdid outdone;
outgrow outgrew outgrown; overcome overcame overcome; overhear overheard overheard; override overrode overridden;
overrun overran overrun; oversee oversaw overseen; overtake overtook overtaken; overthrow overthrew overthrown;
pay paid paid; prove proved proven; put put put; quit quit quit; read read read; rebuild rebuilt rebuilt;
redo redid redone; retake retook retaken; rewrite rewrote rewritten; rid rid rid;
ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said; see saw seen; seek sought sought;
sell sold sold; send sent sent; set set set; sew sewed sewn; shake shook shaken; shed shed shed;
shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung;
sink sank sunk; sit sat sat; slay slew slain; sleep slept slept; slide slid slid; sling slung slung;
slit slit slit; smell smelt smelt; sow sowed sown; speak spoke spoken; speed sped sped; spell spelt spelt;
spend spent spent; spill spilt spilt; spin spun spun; spit spat spat; split split split; spoil spoilt spoilt;
spread spread spread; spring sprang sprung; stand stood stood; steal stole stolen; stick stuck stuck;
sting stung stung; stink stank stunk; stride strode stridden; strike struck struck/stricken; string strung strung;
strive strove striven; swear swore sworn; sweep swept swept; swell swelled swollen; swim swam swum;
swing swung swung; take took taken; teach taught taught; tear tore torn; tell told told; think thought thought;
throw threw thrown; thrust thrust thrust; tread trod trodden; undergo underwent undergone;
understand understood understood; undertake undertook undertaken; undo undid undone; uphold upheld upheld;
upset upset upset; wake woke woken; wear wore worn; weave wove woven; weep wept wept; win won won;
wind wound wound; withdraw withdrew withdrawn; withhold withheld withheld; withstand withstood withstood;
wring wrung wrung; write wrote written
`

// ambiguousPast are irregular past forms that, tagged as participles, are
// likelier another verb: "lay" tagged VBN is the verb lay ("has lay" is no
// English), "saw" the verb saw.
var ambiguousPast = map[string]bool{"lay": true, "saw": true}

// irregularExceptions turns irregularVerbs into exceptions keyed like the
// learned ones: each past form under VBD and each participle under VBN,
// and, since taggers confuse the two, each under the other tag as well
// unless ambiguousPast names it.
func irregularExceptions() map[string]string {
	ex := map[string]string{}
	for _, entry := range strings.Split(irregularVerbs, ";") {
		f := strings.Fields(entry)
		if len(f) != 3 {
			panic("lemma: bad irregular verb entry " + entry)
		}
		base := f[0]
		for i, tag := range []string{"VBD", "VBN"} {
			other := []string{"VBN", "VBD"}[i]
			for _, form := range strings.Split(f[1+i], "/") {
				if form == base {
					continue
				}
				ex[form+"\t"+tag] = base
				if _, taken := ex[form+"\t"+other]; !taken && !ambiguousPast[form] {
					ex[form+"\t"+other] = base
				}
			}
		}
	}
	return ex
}

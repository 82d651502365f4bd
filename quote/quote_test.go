package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// want is one expected quote: its text, and its speaker's name ("" for
// none). Scare quotes are marked.
type want struct {
	text, speaker string
	direct, scare bool
}

// ents builds entities from name → mention strings, every occurrence of each
// string in doc becoming a mention: a test fixture standing in for the
// entity stage.
func ents(doc string, spec map[string][]string, types map[string]string) []chronicle.Entity {
	var out []chronicle.Entity
	for name, aliases := range spec {
		e := chronicle.Entity{ID: "e:" + name, Name: name, Type: chronicle.Person, Sector: fixtureSectors[name]}
		if t, ok := types[name]; ok {
			e.Type = t
		}
		for _, a := range aliases {
			for i := 0; ; {
				j := strings.Index(doc[i:], a)
				if j < 0 {
					break
				}
				s := i + j
				e.Mentions = append(e.Mentions, chronicle.Mention{Span: chronicle.Span{Start: s, End: s + len(a)}, Text: a})
				i = s + len(a)
			}
		}
		out = append(out, e)
	}
	return out
}

// fixtureSectors gives the fixture's entities of these names a sector.
var fixtureSectors = map[string]string{"Qatar News Agency": "MED"}

func TestExtractPatterns(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		ents map[string][]string
		want []want
	}{
		{"said after quote", "“We will rebuild the bridge,” the mayor said on Monday.",
			nil, []want{{"We will rebuild the bridge", "the mayor", true, false}}},
		{"a Korean wire's byline, ended by an equals sign",
			"(Seoul=Yonhap News) Reporter Jang Ji-won = Prime Minister Kim Min-seok said on the 16th that the government “will not sign the memorandum in a hurry”.",
			map[string][]string{"Yonhap": {"Yonhap"}, "Jang Ji-won": {"Reporter Jang Ji-won"}, "Kim Min-seok": {"Prime Minister Kim Min-seok"}},
			[]want{{"will not sign the memorandum in a hurry", "Kim Min-seok", true, false}}},
		{"a medium quoting someone as saying",
			"At the parade, KCNA quoted leader Kim Jong-un as saying, “Our armed forces must grow.” Lavrov was quoted by RIA as saying, “We are ready.”",
			map[string][]string{"KCNA": {"KCNA"}, "Kim Jong Un": {"Kim Jong-un"}, "Sergey Lavrov": {"Lavrov"}, "RIA": {"RIA"}},
			[]want{{"Our armed forces must grow.", "Kim Jong Un", true, false}, {"We are ready.", "Sergey Lavrov", true, false}}},
		{"a verb that weighs what it names by the quote",
			"Esmaeil Baghaei characterised the visit as “a part of the active neighbourhood policy”. Ndeye Fatou Sy judged the orientations “courageous but risky”.",
			map[string][]string{"Esmaeil Baghaei": {"Esmaeil Baghaei"}, "Ndeye Fatou Sy": {"Ndeye Fatou Sy"}},
			[]want{{"a part of the active neighbourhood policy", "Esmaeil Baghaei", true, false},
				{"courageous but risky", "Ndeye Fatou Sy", true, false}}},
		{"a dash between the quote and an inverted cue, as translations set it",
			"“Unfortunately, there are dead, among them a child,” - noted Tkachenko.",
			map[string][]string{"Tymur Tkachenko": {"Tkachenko"}},
			[]want{{"Unfortunately, there are dead, among them a child", "Tymur Tkachenko", true, false}}},
		{"a verb after a dash that only translations make a cue",
			"“We are ready to give every kind of support,” - expressed Hakan Fidan. Fears had been expressed that “the talks” would fail.",
			map[string][]string{"Hakan Fidan": {"Hakan Fidan"}},
			[]want{{"We are ready to give every kind of support", "Hakan Fidan", true, false}}},
		{"a medium's correspondent heard between an inverted cue and its speaker",
			"“We have lived near the border all our life,” - said to the correspondent of Armenpress Armen Hovhannisyan, a 61-year-old resident.",
			map[string][]string{"Armenpress": {"Armenpress"}, "Armen Hovhannisyan": {"Armen Hovhannisyan"}},
			[]want{{"We have lived near the border all our life", "Armen Hovhannisyan", true, false}}},
		{"a description, then the name, after said",
			"“Zoning more paddocks does not build a house,” said Labour's housing spokesperson, Kieran McAnulty.",
			map[string][]string{"Kieran McAnulty": {"Kieran McAnulty"}, "Labour": {"Labour"}},
			[]want{{"Zoning more paddocks does not build a house", "Kieran McAnulty", true, false}}},
		{"a description naming no one, then a name that ends the sentence",
			"“This is the case of a system,” said the people's deputy from the faction “European Solidarity” Oksana Marchenko.",
			map[string][]string{"Oksana Marchenko": {"Oksana Marchenko"}, "European Solidarity": {"European Solidarity"}},
			[]want{{"This is the case of a system", "Oksana Marchenko", true, false}}},
		{"a calling restates the one who spoke last, when no one else is named since",
			"“The study will be published in full,” said Dubravka Djedovic Handanovic. The ministry opened a hearing. “Every citizen will have the chance to comment,” the minister said.",
			map[string][]string{"Dubravka Djedovic Handanovic": {"Dubravka Djedovic Handanovic"}},
			[]want{{"The study will be published in full", "Dubravka Djedovic Handanovic", true, false},
				{"Every citizen will have the chance to comment", "Dubravka Djedovic Handanovic", true, false}}},
		{"the press service of a message is the one of the body named before",
			"This was reported to the TASS correspondent by the press service of the Russian Security Council. “The sides discussed a wide range of issues,” it was noted in the message of the press service.",
			map[string][]string{"TASS": {"TASS"}, "Security Council of Russia": {"Russian Security Council"}},
			[]want{{"The sides discussed a wide range of issues", "Security Council of Russia", true, false}}},
		{"a person named in what the last speaker said is not another speaker",
			"Pavel Kozlovich stressed that the visit of Keith Kellogg is a sign of change. “This is the recognition of the role of Belarus,” the analyst said.",
			map[string][]string{"Pavel Kozlovich": {"Pavel Kozlovich"}, "Keith Kellogg": {"Keith Kellogg"}},
			[]want{{"the visit of Keith Kellogg is a sign of change", "Pavel Kozlovich", false, false},
				{"This is the recognition of the role of Belarus", "Pavel Kozlovich", true, false}}},
		{"a calling restates the one just named with it",
			"The Chairman of Tsanyawa Local Government Council, Hon. Ado Musa Danladi, described the day as historic. “Our people have waited for this road,” the council chairman said.",
			map[string][]string{"Ado Musa Danladi": {"Ado Musa Danladi"}},
			[]want{{"Our people have waited for this road", "Ado Musa Danladi", true, false}}},
		{"but not one named with another calling after someone who has it",
			"President Emmanuel Macron met Defence Minister Jean Dupont. “We agreed on much,” the president said.",
			map[string][]string{"Emmanuel Macron": {"Emmanuel Macron"}, "Jean Dupont": {"Jean Dupont"}},
			[]want{{"We agreed on much", "the president", true, false}}},
		{"a passive verb of saying after a quote gives it to whoever follows 'by'",
			"Hamid Rezaei said the charity work grew. The view that “the bracelet is cheaper for the state” was expressed in an interview to IRNA by the Tehran lawyer Mohammad-Reza Karimi.",
			map[string][]string{"Hamid Rezaei": {"Hamid Rezaei"}, "Mohammad-Reza Karimi": {"Mohammad-Reza Karimi"}},
			[]want{{"the bracelet is cheaper for the state", "Mohammad-Reza Karimi", true, false}}},
		{"and after 'was the opinion'",
			"Bakytzhan Sagintayev spoke first. That “Armenia must use the market in full” was the opinion expressed to ARMENPRESS by the economist Armen Hakobyan.",
			map[string][]string{"Bakytzhan Sagintayev": {"Bakytzhan Sagintayev"}, "Armen Hakobyan": {"Armen Hakobyan"}, "Armenia": {"Armenia"}},
			[]want{{"Armenia must use the market in full", "Armen Hakobyan", true, false}}},
		{"a quote inside a report a resolved pronoun makes",
			"Nino Kapanadze said the boycott was a gamble. By staying away, the opposition risked “disappearing from local politics for four years” while failing to stop the ruling party, she said.",
			map[string][]string{"Nino Kapanadze": {"Nino Kapanadze", "she"}},
			[]want{{"disappearing from local politics for four years", "Nino Kapanadze", true, false}}},
		{"the name an unnamed speaker gave",
			"“Everyone wants dollars or gold,” said one money changer, who gave his name only as Mehdi.",
			map[string][]string{"Mehdi": {"Mehdi"}},
			[]want{{"Everyone wants dollars or gold", "Mehdi", true, false}}},
		{"and after 'was the view of'",
			"Abena Serwaa Darko spoke for the traders. “The real test will come when the IMF programme ends” was the view of Prof. Kwabena Agyeman-Boateng, an economist.",
			map[string][]string{"Abena Serwaa Darko": {"Abena Serwaa Darko"}, "Kwabena Agyeman-Boateng": {"Kwabena Agyeman-Boateng"}},
			[]want{{"The real test will come when the IMF programme ends", "Kwabena Agyeman-Boateng", true, false}}},
		{"a cue's hearers before the speaker's name",
			"Oleksandr Syrskyi stated that the defense continues. “The situation is difficult,” said to journalists Serhii Bondar, the spokesman of the group.",
			map[string][]string{"Oleksandr Syrskyi": {"Oleksandr Syrskyi"}, "Serhii Bondar": {"Serhii Bondar"}},
			[]want{{"The situation is difficult", "Serhii Bondar", true, false}}},
		{"the one a speaker quotes as saying speaks",
			"Ambassador Mohamed El-Shennawy said that Abdel Fattah el-Sisi welcomed the king. “Egypt and Jordan stand in one trench,” the spokesman quoted Abdel Fattah el-Sisi as saying.",
			map[string][]string{"Mohamed El-Shennawy": {"Mohamed El-Shennawy"}, "Abdel Fattah el-Sisi": {"Abdel Fattah el-Sisi"}},
			[]want{{"Egypt and Jordan stand in one trench", "Abdel Fattah el-Sisi", true, false}}},
		{"so does a chief's calling",
			"“We will find out what went wrong,” said John Lee. The city will help each household. “No family will be left to face this alone,” the chief executive added.",
			map[string][]string{"John Lee": {"John Lee"}},
			[]want{{"We will find out what went wrong", "John Lee", true, false},
				{"No family will be left to face this alone", "John Lee", true, false}}},
		{"and a ranked calling",
			"“The arrangement is a new map,” said Tran Thanh Man. The assembly voted on Friday. “Every citizen must feel the government closer,” the top legislator said.",
			map[string][]string{"Tran Thanh Man": {"Tran Thanh Man"}},
			[]want{{"The arrangement is a new map", "Tran Thanh Man", true, false},
				{"Every citizen must feel the government closer", "Tran Thanh Man", true, false}}},
		{"an instruction quotes its giver",
			"“The plant will be built on time,” said Almasadam Satkaliyev. Prime Minister Olzhas Bektenov earlier instructed the government bodies to ensure “the full transparency of every stage of the project”.",
			map[string][]string{"Almasadam Satkaliyev": {"Almasadam Satkaliyev"}, "Olzhas Bektenov": {"Prime Minister Olzhas Bektenov"}},
			[]want{{"The plant will be built on time", "Almasadam Satkaliyev", true, false},
				{"the full transparency of every stage of the project", "Olzhas Bektenov", true, false}}},
		{"it takes back a person's office",
			"Prime Minister Benjamin Netanyahu's office said Israel would not allow Hamas to rebuild. “Israel will not allow Hamas to rearm,” it said in a statement.",
			map[string][]string{"Benjamin Netanyahu": {"Prime Minister Benjamin Netanyahu"}, "Israel": {"Israel"}},
			[]want{{"Israel will not allow Hamas to rearm", "Benjamin Netanyahu", true, false}}},
		{"a long appositive after the name",
			"“On territory, the Russian position has not changed,” Rustem Umerov, secretary of Ukraine's National Security and Defence Council and head of its delegation, wrote on Telegram.",
			map[string][]string{"Rustem Umerov": {"Rustem Umerov"}},
			[]want{{"On territory, the Russian position has not changed", "Rustem Umerov", true, false}}},
		{"a name calling something a quoted phrase",
			"The bill targets what Housing Minister Isabel Rodríguez called “the great loophole” in the 2023 law.",
			map[string][]string{"Isabel Rodríguez": {"Housing Minister Isabel Rodríguez"}},
			[]want{{"the great loophole", "Isabel Rodríguez", true, false}}},
		{"a relative clause between the name and the cue",
			"“After years of neglect, we are investing in our security,” Klingbeil, who is also vice chancellor and co-leader of the Social Democrats, told a news conference.",
			map[string][]string{"Lars Klingbeil": {"Klingbeil"}},
			[]want{{"After years of neglect, we are investing in our security", "Lars Klingbeil", true, false}}},
		{"an appositive with a bracketed short form",
			"“Our priority now is to reach the villages,” Suharyanto, head of the National Disaster Mitigation Agency (BNPB), told a news conference.",
			map[string][]string{"Suharyanto": {"Suharyanto"}},
			[]want{{"Our priority now is to reach the villages", "Suharyanto", true, false}}},
		{"a plural possessive before the speaker",
			"“Companies cannot be the adjustment variable of every budget,” the employers' federation Medef said in a statement.",
			map[string][]string{"Medef": {"Medef"}},
			[]want{{"Companies cannot be the adjustment variable of every budget", "Medef", true, false}}},
		{"a speaker and a description between commas, the description no name",
			"“We encourage all parties to come together,” a spokesperson for the American Institute in Taiwan, Washington's de facto embassy, said.",
			nil,
			[]want{{"We encourage all parties to come together", "a spokesperson for the American Institute in Taiwan", true, false}}},
		{"a long title and a hyphenated name between the quote and the cue",
			"“Both parties have committed to a mechanism,” Qatar's Minister of State Mohammed Al-Khulaifi told a news conference.",
			map[string][]string{"Mohammed Al-Khulaifi": {"Mohammed Al-Khulaifi"}},
			[]want{{"Both parties have committed to a mechanism", "Mohammed Al-Khulaifi", true, false}}},
		{"plural description of people", "Ana Ruiz met Tom Berg in Lima. Ruiz called the meeting useful, and Ruiz thanked her hosts. Berg left early. The two leaders agreed that “the time has come to act.”",
			map[string][]string{"Ana Ruiz": {"Ana Ruiz", "Ruiz"}, "Tom Berg": {"Tom Berg", "Berg"}},
			[]want{{"the time has come to act", "Ana Ruiz", true, false}}},
		{"pronoun after a reported speaker", "The police spokesman said the van was found on Monday. The inquiry into the loss is continuing, he said.",
			nil, []want{{"The inquiry into the loss is continuing", "The police spokesman", false, false}}},
		{"weekday with a possessive opens the clause", "The minister said Thursday's report reinforced the plan.",
			nil, []want{{"Thursday's report reinforced the plan", "The minister", false, false}}},
		{"relative pronoun speaker", "The plan was attacked by Jack Straw, who argues the law is unfair to tenants.",
			map[string][]string{"Jack Straw": {"Jack Straw"}},
			[]want{{"the law is unfair to tenants", "Jack Straw", false, false}}},
		{"a short cue sentence of the next paragraph is a new speaker's",
			"“It's a special day for me and my family,” Eze said. “I grew up supporting this club.”\n\nArsenal manager Mikel Arteta praised his team. “We were relentless,” he said.",
			map[string][]string{"Eberechi Eze": {"Eze"}, "Mikel Arteta": {"Mikel Arteta"}},
			[]want{{"I grew up supporting this club.", "Eberechi Eze", true, false}}},
		{"a quote, then the sentence naming its source",
			"The alliance said in a statement: “We have offered a raise.”\n\n“This strike will cost the economy billions.” That was the warning from Commerce Secretary Howard Lutnick on Tuesday.",
			map[string][]string{"Howard Lutnick": {"Commerce Secretary Howard Lutnick"}},
			[]want{{"This strike will cost the economy billions.", "Howard Lutnick", true, false}}},
		{"a clause of concession after the quote is no cue",
			"Zelensky spoke in Kyiv. He added that Ukraine would “never recognize occupation as legal,” whatever the final text said.",
			map[string][]string{"Volodymyr Zelensky": {"Zelensky", "He"}},
			[]want{{"never recognize occupation as legal", "Volodymyr Zelensky", true, false}}},
		{"a description, then the body it names between commas",
			"Hamas' armed wing, the Qassam Brigades, said its fighters were searching “under the rubble of a city the occupation destroyed,” and accused Israel.",
			map[string][]string{"Hamas": {"Hamas"}, "Qassam Brigades": {"Qassam Brigades"}, "Israel": {"Israel"}},
			[]want{{"under the rubble of a city the occupation destroyed", "Qassam Brigades", true, false}}},
		{"according to a statement from a body",
			"According to a statement from the Saudi foreign ministry, the visit opened “a new chapter in a partnership,” and the two sides agreed to meet again.",
			map[string][]string{"Saudi Foreign Ministry": {"Saudi foreign ministry"}},
			[]want{{"a new chapter in a partnership", "Saudi Foreign Ministry", true, false}}},
		{"another name after the description is no speaker of its own",
			"Abdirahman Mohamed Abdullahi spoke on Monday. “Our case is stronger today,” the president, widely known as Irro, told elders.",
			map[string][]string{"Abdirahman Mohamed Abdullahi": {"Abdirahman Mohamed Abdullahi", "the president"}},
			[]want{{"Our case is stronger today", "Abdirahman Mohamed Abdullahi", true, false}}},
		{"a name, a description and its other name before the cue",
			"“A furnace exploded,” Dedy Kurniawan, a spokesman for the park, known as IMIP, said in a statement.",
			map[string][]string{"Dedy Kurniawan": {"Dedy Kurniawan"}},
			[]want{{"A furnace exploded", "Dedy Kurniawan", true, false}}},
		{"according to a statement issued by a body",
			"According to a statement issued by the Ministry of Foreign Affairs of Nigeria, the two sides signed documents “to deepen cooperation in trade.”",
			map[string][]string{"Ministry of Foreign Affairs of Nigeria": {"Ministry of Foreign Affairs of Nigeria"}},
			[]want{{"to deepen cooperation in trade", "Ministry of Foreign Affairs of Nigeria", true, false}}},
		{"thanking someone in words of one's own",
			"Russian President Putin thanked the Turkish side for its “constructive mediation” and said relations were developing.",
			map[string][]string{"Vladimir Putin": {"Russian President Putin"}},
			[]want{{"constructive mediation", "Vladimir Putin", true, false}}},
		{"according to a medium that carried the speaker's words",
			"Sheikh Tamim received him in Doha. The Emir said that Qatar “will stand with the Syrian people,” according to the Qatar News Agency.",
			map[string][]string{"Tamim bin Hamad Al Thani": {"Sheikh Tamim", "The Emir"}, "Qatar News Agency": {"Qatar News Agency"}},
			[]want{{"will stand with the Syrian people", "Tamim bin Hamad Al Thani", true, false}}},
		{"a short aside in brackets between the name and the cue",
			"“This law is a clear signal to our allies,” Chancellor Friedrich Merz (CDU) said after the vote.",
			map[string][]string{"Friedrich Merz": {"Chancellor Friedrich Merz"}, "CDU": {"CDU"}},
			[]want{{"This law is a clear signal to our allies", "Friedrich Merz", true, false}}},
		{"a passive cue and the statement's source",
			"Lavrov and Rubio spoke by phone. The US State Department said the talks were useful. “The conversation was held in a frank manner,” it was said in the statement published on the website of the Russian Foreign Ministry.",
			map[string][]string{"Russian Foreign Ministry": {"Russian Foreign Ministry"}, "US State Department": {"US State Department"}, "Sergey Lavrov": {"Lavrov"}, "Marco Rubio": {"Rubio"}},
			[]want{{"The conversation was held in a frank manner", "Russian Foreign Ministry", true, false}}},
		{"a passive cue and the statement's source named before the noun",
			"Hungary expelled two diplomats. “The agent network was uncovered and neutralised,” it was said in the SBU statement.",
			map[string][]string{"SBU": {"SBU"}, "Hungary": {"Hungary"}},
			[]want{{"The agent network was uncovered and neutralised", "SBU", true, false}}},
		{"a passive cue before the quote, the statement's source opening the sentence",
			"Erdogan met Putin. In a written statement of the Ministry of Foreign Affairs released in the evening it was said: “Turkiye calls on all the parties to refrain.”",
			map[string][]string{"Ministry of Foreign Affairs": {"Ministry of Foreign Affairs"}, "Recep Tayyip Erdogan": {"Erdogan"}, "Vladimir Putin": {"Putin"}},
			[]want{{"Turkiye calls on all the parties to refrain.", "Ministry of Foreign Affairs", true, false}}},
		{"speaking of something in words of one's own",
			"Mathilde Panot, president of the LFI group, spoke of “a betrayal” by the Socialists.",
			map[string][]string{"Mathilde Panot": {"Mathilde Panot"}},
			[]want{{"a betrayal", "Mathilde Panot", true, false}}},
		{"a place between the cue and the speaker after it",
			"Machado won the prize “for her tireless work promoting democratic rights”, announced in Oslo the Norwegian Nobel Committee.",
			map[string][]string{"Maria Corina Machado": {"Machado"}, "Oslo": {"Oslo"}, "Norwegian Nobel Committee": {"Norwegian Nobel Committee"}},
			[]want{{"for her tireless work promoting democratic rights", "Norwegian Nobel Committee", true, false}}},
		{"a hearer between the cue and the speaker after it",
			"Thousands went out in the streets. “I waited for this day all my life,” confided to MAP Mbarka Ould Sidi, a 49-year-old merchant.",
			map[string][]string{"MAP": {"MAP"}, "Mbarka Ould Sidi": {"Mbarka Ould Sidi"}},
			[]want{{"I waited for this day all my life", "Mbarka Ould Sidi", true, false}}},
		{"the spokesperson a sentence before brought in",
			"A spokesperson of the European Commission, asked by journalists in Brussels, rejected the accusations. “There is nothing political in this. The rules are the same for all,” the spokesperson said.",
			map[string][]string{"European Commission": {"European Commission"}, "Brussels": {"Brussels"}},
			[]want{{"There is nothing political in this. The rules are the same for all", "A spokesperson of the European Commission", true, false}}},
		{"in the words of X",
			"Her skin broke every time, and in the words of the Crown prosecutor, Mark Tedeschi, “Gloria spent months crying.”",
			map[string][]string{"Mark Tedeschi": {"Mark Tedeschi"}},
			[]want{{"Gloria spent months crying.", "Mark Tedeschi", true, false}}},
		{"in his opinion",
			"Lavrov spoke in Moscow. In his opinion, Brussels “is doing everything to prolong the war.”",
			map[string][]string{"Sergey Lavrov": {"Lavrov", "his"}, "Brussels": {"Brussels"}},
			[]want{{"is doing everything to prolong the war", "Sergey Lavrov", true, false}}},
		{"both sides are no one entity",
			"Army chief Asim Munir said Pakistan would respond. Dozens of soldiers were killed in the clashes, according to both sides.",
			map[string][]string{"Asim Munir": {"Asim Munir"}, "Pakistan": {"Pakistan"}},
			[]want{{"Dozens of soldiers were killed in the clashes", "both sides", false, false}}},
		{"negated cue reports nothing", "The governor did not say that the port would close.",
			nil, nil},
		{"embedded question is not content", "The mayor said who would chair the talks.",
			nil, nil},
		{"dateline before the speaker", "LAGOS — Governor Ade Bello said the roads would reopen next week.",
			nil, []want{{"the roads would reopen next week", "Governor Ade Bello", false, false}}},
		{"wire dateline before a fronted clause", "TEHRAN, Nov. 12 (Reuters) - Iran will not halt uranium enrichment, Foreign Minister Abbas Araghchi said on Wednesday.",
			map[string][]string{"Abbas Araghchi": {"Foreign Minister Abbas Araghchi"}},
			[]want{{"Iran will not halt uranium enrichment", "Abbas Araghchi", false, false}}},
		{"fronted clause beats a clause the parse hung on the cue", "Iran will not halt uranium enrichment, Foreign Minister Abbas Araghchi said on Wednesday, a day after the head of the UN nuclear watchdog warned that inspectors had lost track of the country's stockpile.",
			map[string][]string{"Abbas Araghchi": {"Foreign Minister Abbas Araghchi"}},
			[]want{{"Iran will not halt uranium enrichment", "Abbas Araghchi", false, false},
				{"inspectors had lost track of the country's stockpile", "the head of the UN nuclear watchdog", false, false}}},
		{"inverted said", "\"Prices will fall next year,\" said Ana Ruiz, an economist at the bank.",
			nil, []want{{"Prices will fall next year", "Ana Ruiz", true, false}}},
		{"speaker said colon", "The minister said: “Nobody will be left behind.”",
			nil, []want{{"Nobody will be left behind.", "The minister", true, false}}},
		{"told hearer colon", "Ms Okafor told the committee: \"The figures do not add up.\"",
			nil, []want{{"The figures do not add up.", "Ms Okafor", true, false}}},
		{"speaker colon", "Lopez: “We are ready for the vote.”",
			nil, []want{{"We are ready for the vote.", "Lopez", true, false}}},
		{"in a statement", "“The talks were constructive,” the ministry said in a statement.",
			nil, []want{{"The talks were constructive", "the ministry", true, false}}},
		{"partial quote in reported speech", "Garcia said the proposal was “dead on arrival.”",
			nil, []want{{"dead on arrival", "Garcia", true, false}, {"the proposal was “dead on arrival.”", "Garcia", false, false}}},
		{"according to", "According to the agency's regional director, “the river has never been this low.”",
			nil, []want{{"the river has never been this low", "the agency's regional director", true, false}}},
		{"appositive", "Karl Weiss, the head of the union, said the strike would go on, calling it “the only option.”",
			nil, []want{{"the only option", "Karl Weiss", true, false}}},
		{"criticised", "Speaking on the radio, the cardinal criticised the fact that “billions” had been spent on war.",
			nil, []want{{"billions", "the cardinal", true, false}}},
		{"British spelling of a cue", "Stephen Pound labelled the schemes “a pile of pants”.",
			nil, []want{{"a pile of pants", "Stephen Pound", true, false}}},
		{"judging verb", "The president condemned the strikes as “murder”.",
			nil, []want{{"murder", "The president", true, false}}},
		{"description and name between commas after a quote", "“This is political persecution,” his son, Senator Flavio Bolsonaro, wrote on X.",
			map[string][]string{"Flavio Bolsonaro": {"Senator Flavio Bolsonaro"}}, []want{{"This is political persecution", "Flavio Bolsonaro", true, false}}},
		{"name and description between commas after a quote", "“We will fight,” Paulo Bueno, his lawyer, told reporters.",
			map[string][]string{"Paulo Bueno": {"Paulo Bueno"}}, []want{{"We will fight", "Paulo Bueno", true, false}}},
		{"according to people familiar with", "Beijing has urged its firms to avoid the chips, according to people familiar with the matter.",
			nil, []want{{"Beijing has urged its firms to avoid the chips", "people familiar with the matter", false, false}}},
		{"a short sentence quoted after its speaker's quote", "“This government has no plan,” said shadow health secretary Stuart Andrew. “It is all talk.”",
			map[string][]string{"Stuart Andrew": {"Stuart Andrew"}}, []want{{"It is all talk.", "Stuart Andrew", true, false}}},
		{"a cue and a comma ending the paragraph before", "According to Rathbun, the files were returned. Rathbun stated,\n\n“Daniel was picked up by an investigator in a black car.”",
			map[string][]string{"Rathbun": {"Rathbun"}}, []want{{"Daniel was picked up by an investigator in a black car.", "Rathbun", true, false}}},
		{"participle", "Earlier, Chen thanked the volunteers, saying that “without them nothing would have worked.”",
			nil, []want{{"without them nothing would have worked", "Chen", true, false}}},
		{"pronoun from entity", "Maria Lopez met the farmers on Tuesday.\nShe said they had “every right to be angry.”",
			map[string][]string{"Maria Lopez": {"Maria Lopez"}}, []want{{"every right to be angry", "Maria Lopez", true, false}}},
		{"title resolved by mention", "President Anna Berg visited the port. “We will invest here,” the president said.",
			map[string][]string{"Anna Berg": {"President Anna Berg", "the president"}}, []want{{"We will invest here", "Anna Berg", true, false}}},
		{"institution", "“There is no basis for these claims,” the Kremlin said.",
			map[string][]string{"Kremlin": {"Kremlin"}}, []want{{"There is no basis for these claims", "Kremlin", true, false}}},
		{"list of countries", "The foreign ministers of Chile, Peru and Bolivia stressed that “water is not a weapon.”",
			map[string][]string{"Chile": {"Chile"}}, []want{{"water is not a weapon", "The foreign ministers of Chile, Peru and Bolivia", true, false}}},
		{"scare quote", "The so-called “peace dividend” never arrived.",
			nil, []want{{"peace dividend", "", true, true}}},
		{"so-called with a word between", "Farhan Qureshi said Riyadh now enjoys the so-called Pakistani “nuclear umbrella”, he said.",
			nil, []want{{"nuclear umbrella", "", true, true}}},
		{"said in the statement of", "“The signed documents open a new page,” said in the statement of the Ministry of Foreign Affairs of Azerbaijan.",
			map[string][]string{"Ministry of Foreign Affairs of Azerbaijan": {"Ministry of Foreign Affairs of Azerbaijan"}},
			[]want{{"The signed documents open a new page", "Ministry of Foreign Affairs of Azerbaijan", true, false}}},
		{"dash and it was underlined", "“This is a historic day,” - it was underlined in the message of the press service of the Ministry of Foreign Affairs.",
			map[string][]string{"Ministry of Foreign Affairs": {"Ministry of Foreign Affairs"}},
			[]want{{"This is a historic day", "Ministry of Foreign Affairs", true, false}}},
		{"it was said in the information of", "“The meters make the intake transparent,” it was said in the information of the Ministry of Water Resources.",
			map[string][]string{"Ministry of Water Resources": {"Ministry of Water Resources"}},
			[]want{{"The meters make the intake transparent", "Ministry of Water Resources", true, false}}},
		{"was quoted as saying after the quote", "“Vietnam is ready to work with China,” - Pham Minh Chinh was quoted as saying by the Vietnamese side.",
			nil, []want{{"Vietnam is ready to work with China", "Pham Minh Chinh", true, false}}},
		{"that the quote was noted by", "That “the agreement opens the predictable access to the European market” was noted by the professor Dilshod Rakhimov.",
			nil, []want{{"the agreement opens the predictable access to the European market", "the professor Dilshod Rakhimov", true, false}}},
		{"appositive with a relative clause", "The vote came. \"We see that the attempts did not stop,\" Ibrahim Traore, the junta leader who seized power in 2022, said on Monday.",
			nil, []want{{"We see that the attempts did not stop", "Ibrahim Traore", true, false}}},
		{"considers after the quote", "“The business of both countries feels it already now,” - considers the expert Andrei Seleznyov.",
			nil, []want{{"The business of both countries feels it already now", "the expert Andrei Seleznyov", true, false}}},
		{"considered that", "Nawaf Al-Rashidi, a retired officer, considered that “the Gulf unity was never tested like today”.",
			nil, []want{{"the Gulf unity was never tested like today", "Nawaf Al-Rashidi", true, false}}},
		{"term after a principle", "Minister Andrii Sybiha said that Ukraine, by the principle of “reciprocity”, will act.",
			nil, []want{{"reciprocity", "", true, true}}},
		{"continuing turn", "“We lost everything,” said Omar Haddad. “The water came in the night and took the house with it.”",
			nil, []want{{"We lost everything", "Omar Haddad", true, false}, {"The water came in the night and took the house with it.", "Omar Haddad", true, false}}},
		{"multi-paragraph", "Nadia Petrov said:\n“The first year was the hardest for all of us.\n“Then the letters started to arrive,” she said.",
			nil, []want{{"The first year was the hardest for all of us.", "Nadia Petrov", true, false}, {"Then the letters started to arrive", "Nadia Petrov", true, false}}},
		{"nested single quotes", "“He kept repeating ‘not now’ to everyone,” the coach said.",
			nil, []want{{"He kept repeating ‘not now’ to everyone", "the coach", true, false}}},
		{"guillemets", "« Nous sommes prêts », a déclaré le ministre. The minister said «we are ready».",
			nil, []want{{"we are ready", "The minister", true, false}}},
		{"low-high quotes", "„Wir schaffen das“, said the chancellor.",
			nil, []want{{"Wir schaffen das", "the chancellor", true, false}}},
		{"single quotes top level", "The report called the plan 'deeply flawed', the MP said.",
			nil, []want{{"deeply flawed", "the MP", true, false}}},
		{"reported that", "Health officials warned that the outbreak could spread to the capital.",
			nil, []want{{"the outbreak could spread to the capital", "Health officials", false, false}}},
		{"reported told", "Ruiz told reporters the factory would reopen in May.",
			nil, []want{{"the factory would reopen in May", "Ruiz", false, false}}},
		{"reported denied", "The company denied that it had hidden the losses.",
			nil, []want{{"it had hidden the losses", "The company", false, false}}},
		{"reported clause first", "The bridge will reopen next week, the council said.",
			nil, []want{{"The bridge will reopen next week", "the council", false, false}}},
		{"according to after", "Ten people were hurt, according to the police.",
			nil, []want{{"Ten people were hurt", "the police", false, false}}},
		{"a pronoun takes back a described spokesman", "A Kremlin spokesman told reporters the talks went well. " +
			"That did not cover the sanctions. “We have clear instructions,” he said.",
			map[string][]string{"Kremlin": {"Kremlin"}}, []want{{"We have clear instructions", "A Kremlin spokesman", true, false}}},
		{"a description that names the speaker gives the name", "One of the Guildford Four, Gerry Conlon, said the families were delighted.",
			map[string][]string{"Gerry Conlon": {"Gerry Conlon"}}, []want{{"the families were delighted", "Gerry Conlon", false, false}}},
		{"a passive of call gives a name", "The strategy, launched on Wednesday, is called “Fair Shares for All”.",
			nil, []want{{"Fair Shares for All", "", true, true}}},
		{"reasoned is a cue", "The city reasoned, “because the users pay a fee, this activity is a commercial one”.",
			nil, []want{{"because the users pay a fee, this activity is a commercial one", "The city", true, false}}},
		{"a quote after named is a name", "Her team entered a robot named “Better Idea of Our Town Girls” and won, according to the coach.",
			nil, []want{{"Better Idea of Our Town Girls", "", true, true}, {"Her team entered a robot named “Better Idea of Our Town Girls” and won", "the coach", false, false}}},
		{"a quote after 'it called' is its words", "The ministry said it would not accept inspections it called “one-sided.”",
			nil, []want{{"one-sided", "The ministry", true, false}}},
		{"according to a description and a name", "According to the team's coach, Ali Mehraban, the robot scored two points.",
			map[string][]string{"Ali Mehraban": {"Ali Mehraban"}},
			[]want{{"the robot scored two points", "Ali Mehraban", false, false}}},
		{"according to a source with a relative clause", "According to a senior official, who spoke on condition of anonymity, Kyiv had received the draft.",
			nil, []want{{"Kyiv had received the draft", "a senior official", false, false}}},
		{"a body's name with 'and' between the quote and the cue",
			"“The dam has put lives at risk,” Egypt's Ministry of Water Resources and Irrigation said in a statement.",
			map[string][]string{"Ministry of Water Resources and Irrigation": {"Ministry of Water Resources and Irrigation"}},
			[]want{{"The dam has put lives at risk", "Ministry of Water Resources and Irrigation", true, false}}},
		{"a quote filling its paragraph after one that introduces the speaker",
			"Zhang Xiaogang also commented on the deployment of the missile systems.\n\n“We urge the relevant countries to stop this wrong act immediately.”",
			map[string][]string{"Zhang Xiaogang": {"Zhang Xiaogang"}},
			[]want{{"We urge the relevant countries to stop this wrong act immediately.", "Zhang Xiaogang", true, false}}},
		{"a dash opening the paragraph, as Spanish sets speech, and a dash cue without its own dash",
			"- “Ten years of sanctions and here is Venezuela standing,” expressed Nicolas Maduro.",
			map[string][]string{"Nicolas Maduro": {"Nicolas Maduro"}},
			[]want{{"Ten years of sanctions and here is Venezuela standing", "Nicolas Maduro", true, false}}},
		{"according to a statement, a group speaks its words", "According to a statement of the Ministry of Foreign Affairs, the two sides affirmed “the importance of continuing the coordination.”",
			map[string][]string{"Ministry of Foreign Affairs": {"Ministry of Foreign Affairs"}},
			[]want{{"the importance of continuing the coordination", "Ministry of Foreign Affairs", true, false}}},
		{"according to a statement, a person named speaks", "According to a statement of the Ministry of Foreign Affairs, Abbas Araghchi stated that it was “a clear abuse of the process.”",
			map[string][]string{"Ministry of Foreign Affairs": {"Ministry of Foreign Affairs"}, "Abbas Araghchi": {"Abbas Araghchi"}},
			[]want{{"a clear abuse of the process", "Abbas Araghchi", true, false}}},
		{"the statement the sentence before named the source of", "The prime minister followed the voting, it was stated in a statement of the Ministry of Foreign Affairs. “The government provides all the capabilities,” the statement said.",
			map[string][]string{"Ministry of Foreign Affairs": {"Ministry of Foreign Affairs"}},
			[]want{{"The government provides all the capabilities", "Ministry of Foreign Affairs", true, false}}},
		{"it takes back a building standing for its staff", "The Emergency Operations Center said in a statement that 189 people had been rescued. “There are no more people trapped,” it said.",
			map[string][]string{"Emergency Operations Center": {"Emergency Operations Center"}},
			[]want{{"There are no more people trapped", "Emergency Operations Center", true, false}}},
		{"according to the press, the sentence's speaker", "Abiy Ahmed said in his speech that the dam “is not a threat, but a shared opportunity”, according to the Ethiopian media.",
			map[string][]string{"Abiy Ahmed": {"Abiy Ahmed"}},
			[]want{{"is not a threat, but a shared opportunity", "Abiy Ahmed", true, false}}},
		{"reported clause first, cue inverted", "The prince should apologise in person, says opposition leader Ana Ruiz.",
			map[string][]string{"Ana Ruiz": {"Ana Ruiz"}},
			[]want{{"The prince should apologise in person", "Ana Ruiz", false, false}}},
	}
	for _, tc := range tests {
		for _, mode := range []string{"patterns", "tokens"} {
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				var sents []chronicle.Sentence
				if mode == "tokens" {
					sents = text.Segment(tc.doc)
				}
				es := ents(tc.doc, tc.ents, map[string]string{"Kremlin": chronicle.Organization, "Chile": chronicle.GeoPolitical, "Israel": chronicle.GeoPolitical,
					"Labour": chronicle.Organization, "Ministry of Water Resources and Irrigation": chronicle.Organization,
					"Hamas": chronicle.Organization, "Qassam Brigades": chronicle.Organization, "Saudi Foreign Ministry": chronicle.Organization,
					"Ministry of Foreign Affairs of Nigeria": chronicle.Organization, "Qatar News Agency": chronicle.Organization, "CDU": chronicle.Organization, "European Commission": chronicle.Organization, "Brussels": chronicle.GeoPolitical, "Russian Foreign Ministry": chronicle.Organization, "US State Department": chronicle.Organization, "Ministry of Foreign Affairs": chronicle.Organization, "Oslo": chronicle.GeoPolitical, "Norwegian Nobel Committee": chronicle.Organization, "MAP": chronicle.Organization,
					"Armenpress": chronicle.Organization, "SBU": chronicle.Organization, "Hungary": chronicle.GeoPolitical,
					"Emergency Operations Center": chronicle.Facility})
				got, _ := Extract(tc.doc, sents, es)
				if tc.want == nil && len(got) > 0 {
					t.Errorf("want no quote, got %s", dump(got))
				}
				for _, w := range tc.want {
					q, ok := findQuote(got, w.text, w.direct)
					if !ok {
						t.Errorf("quote %q (direct %v) not found; got %s", w.text, w.direct, dump(got))
						continue
					}
					if q.SpeakerName != w.speaker || q.Scare != w.scare {
						t.Errorf("quote %q: speaker %q scare %v, want %q scare %v", w.text, q.SpeakerName, q.Scare, w.speaker, w.scare)
					}
					if q.Span.In(tc.doc) != q.Text {
						t.Errorf("quote %q: span %v covers %q", w.text, q.Span, q.Span.In(tc.doc))
					}
					if q.CueSpan != nil && q.CueSpan.In(tc.doc) != q.Cue {
						t.Errorf("quote %q: cue span covers %q, cue %q", w.text, q.CueSpan.In(tc.doc), q.Cue)
					}
				}
			})
		}
	}
}

func findQuote(qs []chronicle.Quote, text string, direct bool) (chronicle.Quote, bool) {
	for _, q := range qs {
		if q.Text == text && q.Direct == direct {
			return q, true
		}
	}
	return chronicle.Quote{}, false
}

func dump(qs []chronicle.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n\t{%q direct=%v speaker=%q cue=%q scare=%v}", q.Text, q.Direct, q.SpeakerName, q.Cue, q.Scare)
	}
	return b.String()
}

func TestMarks(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		want  []string // direct quote texts
		warns int
	}{
		{"apostrophes", "Kiev’s stance in the ’90s was rock ’n’ roll, and we don't care about the leaders' talks.", nil, 0},
		{"straight apostrophes", "It's the '90s and rock 'n' roll; the ministers' meeting went on.", nil, 0},
		{"curly pair", "He called it a “long and very productive” conversation.", []string{"long and very productive"}, 0},
		{"two straight quotes", `She said "yes" and then "no".`, []string{"yes", "no"}, 0},
		{"unmatched closes at paragraph end", "He said “this never ends.\nThe next paragraph is plain.", []string{"this never ends"}, 1},
		{"stray closing mark", "This is odd” text.", nil, 1},
		{"inches not warned", `A 12" screen.`, nil, 0},
		{"flattened paragraphs", `He said: "First part of it. "Second part," he said.`, []string{"First part of it.", "Second part"}, 0},
		{"nested straight single", `"Putin used the motto 'common sense,'" he said.`, []string{"Putin used the motto 'common sense,'"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, warns := Extract(tc.doc, nil, nil)
			var texts []string
			for _, q := range got {
				if q.Direct {
					texts = append(texts, q.Text)
				}
			}
			if fmt.Sprint(texts) != fmt.Sprint(tc.want) {
				t.Errorf("direct quotes %q, want %q", texts, tc.want)
			}
			if len(warns) != tc.warns {
				t.Errorf("%d warnings %v, want %d", len(warns), warns, tc.warns)
			}
		})
	}
}

// TestSpokesmanRestated: "the spokesman" speaks for the body of the
// spokesman named before; a bare "a spokesman", who may be anyone's, does
// not.
func TestSpokesmanRestated(t *testing.T) {
	doc := "A spokesman for the Home Office said the plan was sound. “We are developing a returns programme,” said the spokesman. " +
		"“It will take time,” a spokesman said."
	e := ents(doc, map[string][]string{"Home Office": {"Home Office"}}, map[string]string{"Home Office": chronicle.Organization})
	qs, _ := Extract(doc, nil, e)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	if got["We are developing a returns programme"] != "e:Home Office" {
		t.Errorf("the spokesman's quote: speaker %q, want the Home Office (quotes %+v)", got["We are developing a returns programme"], qs)
	}
	if s := got["It will take time"]; s != "" {
		t.Errorf("a spokesman's quote: speaker %q, want none", s)
	}
}

// TestPrivatePersonInAPlace: "one fisherman in Lokoja" is no one the text
// names, not the town.
func TestPrivatePersonInAPlace(t *testing.T) {
	doc := "“The water comes every year,” one fisherman in Lokoja said."
	e := ents(doc, map[string][]string{"Lokoja": {"Lokoja"}}, map[string]string{"Lokoja": chronicle.GeoPolitical})
	e[0].KB = "geonames:2331140"
	qs, _ := Extract(doc, nil, e)
	if len(qs) != 1 || qs[0].Speaker != "" {
		t.Errorf("quotes %+v, want one with no speaker entity", qs)
	}
}

// TestLongBodyNameBeforeAnAside: a body's name that the phrase walk stops
// inside ("Office on Drugs and Crime"), then its short form in brackets,
// then the cue, is the speaker; so is the body a spokesperson speaks for,
// however many words the name and the aside take.
func TestLongBodyNameBeforeAnAside(t *testing.T) {
	doc := "“Kush spreads fast,” the United Nations Office on Drugs and Crime (UNODC) said in a report. " +
		"“Every day a truck waits is a day lost,” a spokesperson for the UN Office for the Coordination of Humanitarian Affairs (OCHA) said."
	e := ents(doc, map[string][]string{
		"United Nations Office on Drugs and Crime":                           {"United Nations Office on Drugs and Crime", "UNODC"},
		"United Nations Office for the Coordination of Humanitarian Affairs": {"UN Office for the Coordination of Humanitarian Affairs", "OCHA"},
	}, map[string]string{"United Nations Office on Drugs and Crime": chronicle.Organization,
		"United Nations Office for the Coordination of Humanitarian Affairs": chronicle.Organization})
	qs, _ := Extract(doc, nil, e)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	for text, want := range map[string]string{"Kush spreads fast": "e:United Nations Office on Drugs and Crime",
		"Every day a truck waits is a day lost": "e:United Nations Office for the Coordination of Humanitarian Affairs"} {
		if got[text] != want {
			t.Errorf("%q: speaker %q, want %q (quotes %+v)", text, got[text], want, qs)
		}
	}
}

// TestQuotedNames: a name in quotation marks ("the “Crossroads of Peace”
// project") is no one's words, however near a speaker; a phrase someone
// coined is theirs.
func TestQuotedNames(t *testing.T) {
	doc := "Nikol Pashinyan said the “Crossroads of Peace” project would open trade. " +
		"Pashinyan said Armenia's neighbours were “partners, not rivals,” and smiled."
	e := ents(doc, map[string][]string{"Nikol Pashinyan": {"Nikol Pashinyan", "Pashinyan"}}, map[string]string{"Nikol Pashinyan": chronicle.Person})
	qs, _ := Extract(doc, nil, e)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	if s, ok := got["Crossroads of Peace"]; !ok || s != "" {
		t.Errorf("the project's name: speaker %q (found %v), want none (quotes %+v)", s, ok, qs)
	}
	if s := got["partners, not rivals"]; s != "e:Nikol Pashinyan" {
		t.Errorf("the coined phrase: speaker %q, want Pashinyan (quotes %+v)", s, qs)
	}
	for name, want := range map[string]bool{"Crossroads of Peace": true, "Energoatom": true, "Operation Rising Lion": true,
		"Riviera of the Middle East.": false, "Yes!": false, "shadow fleet": false, "A B C D E F G": false} {
		if quotedName(name) != want {
			t.Errorf("quotedName(%q) = %v, want %v", name, !want, want)
		}
	}
}

// TestTitleOfBodySpeaks: "the head of the atomic agency" and "the BNP
// leader" are one person the body describes, not the body; "a spokesman
// for the Home Office" still speaks for it.
func TestTitleOfBodySpeaks(t *testing.T) {
	doc := "“Safety comes first,” the head of the atomic agency said. “The people want to vote,” the BNP leader said. " +
		"“We are developing a programme,” a spokesman for the Home Office said."
	e := ents(doc, map[string][]string{"Atomic Agency": {"atomic agency"}, "Bangladesh Nationalist Party": {"BNP"}, "Home Office": {"Home Office"}},
		map[string]string{"Atomic Agency": chronicle.Organization, "Bangladesh Nationalist Party": chronicle.Organization,
			"Home Office": chronicle.Organization})
	qs, _ := Extract(doc, nil, e)
	got := map[string]chronicle.Quote{}
	for _, q := range qs {
		got[q.Text] = q
	}
	for text, name := range map[string]string{"Safety comes first": "the head of the atomic agency", "The people want to vote": "the BNP leader"} {
		if q := got[text]; q.Speaker != "" || q.SpeakerName != name {
			t.Errorf("%q: speaker %q (%q), want none, named %q", text, q.Speaker, q.SpeakerName, name)
		}
	}
	if q := got["We are developing a programme"]; q.Speaker != "e:Home Office" {
		t.Errorf("the spokesman's quote: speaker %q, want the Home Office", q.Speaker)
	}
}

// TestItNotANameInTheQuote: "“We call on all Peruvians …,” it said" takes
// back the body named before, not the country the quote names.
func TestItNotANameInTheQuote(t *testing.T) {
	doc := "The Ombudsman's Office urged calm. “We call on all Peruvians to express themselves peacefully,” it said on X."
	e := ents(doc, map[string][]string{"Ombudsman's Office": {"Ombudsman's Office"}, "Peru": {"Peruvians"}},
		map[string]string{"Ombudsman's Office": chronicle.Organization, "Peru": chronicle.GeoPolitical})
	qs, _ := Extract(doc, nil, e)
	if len(qs) != 1 || qs[0].Speaker != "e:Ombudsman's Office" {
		t.Errorf("quotes %+v, want one spoken by the Ombudsman's Office", qs)
	}
}

package resolve

import "strings"

// Gendered styles and first names, so that "Mrs Howard" is not taken for
// Michael Howard when the story names his wife. Only common first names are
// listed, and none borne by both sexes in the news (Hilary Benn, Jean
// Castex, Min Aung Hlaing, the Armenian Karen Karapetyan); a name in
// neither list says nothing. Source: written for Chronicle from common
// usage.

var femaleStyles = map[string]bool{"Mrs": true, "Ms": true, "Miss": true, "Madam": true, "Mme": true,
	"Mlle": true, "Lady": true, "Dame": true, "Baroness": true, "Queen": true, "Princess": true, "Duchess": true}

var maleStyles = map[string]bool{"Mr": true, "Sir": true, "Lord": true, "Herr": true, "King": true,
	"Prince": true, "Baron": true, "Duke": true}

var femaleNames, maleNames = map[string]bool{}, map[string]bool{}

func init() {
	for _, n := range strings.Fields(`Mary Elizabeth Anne Ann Margaret Sarah Jane Susan Helen Catherine Katherine
		Kate Patricia Linda Barbara Jennifer Maria Marie Nancy Lisa Sandra Donna Carol Ruth Sharon Michelle
		Laura Emily Emma Hannah Rachel Rebecca Angela Julia Julie Claire Clare Alice Harriet Tessa Hazel Yvette
		Theresa Teresa Therese Hillary Condoleezza Madeleine Angela Ursula Christine Marine Segolene Nicola Ruth
		Diane Diana Jacqueline Caroline Charlotte Victoria Sophie Lucy Joanna Natalie Amanda Amber Priti Suella
		Liz Kemi Olga Irina Svetlana Yulia Golda Benazir Indira Sonia Ellen Michelle Kamala Nancy
		Cherie Sandra Penny Margot Estelle Glenys Jacqui Beverley Beverly Joan Shirley
		Eleanor Sue Kimberly Gloria Jessica Megan Melanie Louise Fiona Heather Gillian Judith Janet Frances
		Meg Pam Kristi Tulsi Karoline Susie Nikki Marjorie Elise Kristalina Ngozi Giorgia Kaja Annalena
		Mette Jacinda Sanna Magdalena Claudia Xiomara Dina Droupadi Nirmala Hasina Samia Iryna Yuliia
		Sanae Kristen Amy Jill Jenny Katie Beth Becky Meghan Lauren Tiffany Melania Ivanka Kathryn Kathleen Camilla Samantha Stephanie Deborah Debbie Elizabeth Rosa Lucia Ana Carmen Isabel Sofia Elena Anna Olena Ewa Beata Roberta
		Federica Marta Ingrid Erna Katrin Saskia Petra Monika Renate Julia Nadia Leila Fatima
		Aisha Amina Zainab Miriam Shirin Rania Tzipi Ayelet Miri Gila Orit Yevgenia Tatiana Valentina Maria
		Norma Gabriela Mariana Daniela Adriana Alejandra Veronica Lorena Paola Fernanda Beatriz Dilma Marina
		Graciela Cristina Silvia Monica Raquel Pilar Dolores Mercedes Yolanda Esperance Esperanza Josefina
		Francesca Chiara Giulia Elisabetta Alessandra Ngozi Chimamanda Folake Wanjiru Grace Joyce Winnie
		Priya Priyanka Smriti Mamata Mayawati Sushma Meenakshi Leticia Xochitl
		Aigerim Gulnara Dinara Zhanna Aliya Nazira Dilnoza Nodira Gulnora Saodat Oksana Natalia Natalya Tetiana
		Svitlana Yevheniya Elvira Lyudmila Galina Nadezhda Ekaterina Yekaterina Anastasia Ksenia Daria Alina
		Zeynep Fatma Ayse Emine Elif Blessing Precious Favour Patience Chioma Ngozi Funmilayo Adaeze`) {
		femaleNames[n] = true
	}
	for _, n := range strings.Fields(`John James Robert Michael William David Richard Joseph Thomas Charles Christopher
		Daniel Matthew Anthony Tony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George
		Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon
		Frank Benjamin Gregory Samuel Raymond Patrick Alexander Jack Dennis Jerry Tyler Aaron Henry Peter Douglas
		Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian Sean
		Lawrence Austin Joe Noah Jesse Albert Bryan Billy Bruce Willie Jordan Dylan Alan Ralph Gabriel Roy Juan
		Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny Bradley Gordon Neil Nigel Ian Iain
		Alistair Alastair Menzies Geoff Geoffrey Jeremy Boris Keir Rishi Vladimir Sergei Sergey Dmitry Volodymyr
		Emmanuel Nicolas Jacques Francois Gerhard Helmut Olaf Friedrich Recep Benjamin Ehud Ariel Shimon Yasser
		Mahmoud Barack Joe Bill Hugo Lula Xi Narendra Imran Nawaz Pervez Saddam Bashar Hosni Muammar Ali Hassan Mohamed Muhammed Mohammad
		Mohammed Muhammad Ahmed Omar Osama Kofi Ban Antonio Silvio Matteo Mario Romano Pedro Jose Pierre
		Tobias Liam Ed Ken Kenneth Des Geoff Alun Malcolm Norman Oliver Hugh Denis Derek Charles
		Glenn Lewis Greg Tim Tom Dan Nick Rob Jim Bob Ben Ray Martin Simon Colin Graham Trevor Dominic Gavin
		John Rhodri Hamish Massoud Stephen Brian Andy
		Javier Luiz Gustavo Nayib Cyril Bola Abiy Yoweri Emmerson Felix Kais Abdel Ilham Nikol Kassym Shavkat
		Ferdinand Prabowo Anwar Shigeru Fumio Andrzej Viktor Marco Pete Kash Rafael Jens Abbas Masoud Isaac
		Yair Itamar Bezalel Naftali Yahya Mohammad Dmitri Andriy Rustem Oleksandr Denys Kyrylo Mikhail Marc
		Steve Yoav Herzi Gideon Ayman Ismail Khalil Hakan Mevlut Jake Mike Marcus Rodrigo Enrique
		Carlos Luis Manuel Miguel Jorge Alberto Fernando Sergio Giuseppe Giorgio Sebastian Sebastien Michel
		Friedrich Frank-Walter Lars Ulf Jonas Petteri Alexander Karl Hans Klaus Wolfgang Heinz Kyriakos
		Alexis Milos Aleksandar Mateusz Donald Petr Robert Tomas Juraj Peter Ivan Nikolai Yevgeny
		Gennady Gennadiy Mykhailo Mykola Serhiy Serhii Oleg Oleh Yuri Yuriy Igor Ihor Andrei Andrey Aleksandr
		Aleksei Alexei Alexey Vasily Vasyl Pavel Pavlo Maxim Maksym Anatoly Valery Vitaly Vitali Nikolay Konstantin
		Evgeny Yevhen Ruslan Arkady Grigory Stanislav Vyacheslav Dmytro Taras Bohdan
		Aidos Askar Bakhyt Bakyt Daniyar Dauren Erlan Yerlan Kanat Marat Nurlan Rustam Timur Azamat Aibek
		Bakhtiyor Jamshid Sardor Otabek Farrukh Sherzod Dilshod Akmal Emomali Sadyr Talant Zhanybek
		Ekrem Mehmet Mustafa Ahmet Kemal Selim Yasar Cevdet Numan Devlet Ozgur Fatih Ibrahim Omer
		Abdullah Abdulaziz Faisal Fahad Khaled Khalid Majed Nawaf Tamim Hamad Ahmad Youssef Yousef Karim Tarek
		Walid Nabil Samir Sami Rami Ziad Fadi Hussein Jamal Adel Amr Hazem Hisham
		Sergiy Arseniy Petro Viktor Leonid Dmitro Valerii Oleksiy Vitali Wladimir Hun Abdullah
		Salman Faisal Tamim Hamad Khalifa Zayed Sultan Haitham Qaboos Tayyip Nouri Haider Moqtada Hassan
		Nicolas Gabriel Bruno Stephane Thierry Jean-Luc Jean-Noel Lionel Manuel Francois-Xavier
		Andres Ricardo Alejandro Eduardo Diego Pablo Raul Ramon Rodolfo Ernesto Hector Oscar Julio Cesar Mauricio
		Gonzalo Ignacio Joaquin Santiago Felipe Guillermo Hernan Horacio Nestor Alvaro Emilio Arturo Gilberto
		Joao Paulo Marcelo Rogerio Fabio Thiago Vinicius Flavio Geraldo Augusto Jair Fernando Ciro Tarcisio
		Giovanni Francesco Alessandro Lorenzo Luca Marco Stefano Paolo Enrico Massimo Luigi Roberto Sergio
		Ahmad Mustafa Khaled Walid Youssef Yusuf Ibrahim Samir Tariq Karim Nabil Hamid Rashid Saeed Jamal Fadi
		Emeka Chinedu Olusegun Goodluck Muhammadu Uhuru Raila William Cyril Jacob Thabo Julius Paul Yoweri
		Ranil Gotabaya Mahinda Shehbaz Bilawal Asif Arvind Rahul Amit Rajnath Nitin Piyush Jaishankar
		Josh Matt Chris Ted Ron Don Dave Rick Jerome Mitch Chuck Hakeem Marco JD Gavin Hunter Elon
		Abubakar Usman Umar Musa Aminu Bello Idris Yakubu Suleiman Sulaiman Kabiru Nasir Lawal Elvin Elnur Elchin
		Rashad Vugar Farid Rauf Ilgar`) {
		maleNames[n] = true
	}
}

// genderClash tells whether a style ("Mrs") before a surname rules out a
// person whose first name says the other sex ("Michael Howard").
func genderClash(style string, e *entity) bool {
	if len(e.tokens) < 2 {
		return false
	}
	style = strings.TrimSuffix(style, ".")
	first := e.tokens[0]
	return femaleStyles[style] && maleNames[first] || maleStyles[style] && femaleNames[first]
}

// surnameSex reads the sex the surnames of Russia, Central Asia, Bulgaria
// and Poland carry in their endings: Rahimova and Zakharova are women's,
// Lavrov and Tokayev men's, Nowacka and Nowacki a woman's and a man's; 0
// for other endings.
func surnameSex(w string) byte {
	for _, end := range []string{"ova", "eva", "yeva", "skaya", "tskaya", "ska", "cka"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return 'f'
		}
	}
	for _, end := range []string{"ov", "ev", "yev", "sky", "skiy", "ski", "cki"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return 'm'
		}
	}
	return 0
}

// pronounSex is 'm' for he, him, his, himself, 'f' for she, her, hers,
// herself, 0 otherwise.
func pronounSex(w string) byte {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

func otherSex(sex byte) byte {
	if sex == 'm' {
		return 'f'
	}
	return 'm'
}

// plainLetters drops the accents of the letters first names carry most
// ("António", "José", "Sébastien"), so the lists need only plain spellings.
var plainLetters = strings.NewReplacer("á", "a", "à", "a", "ã", "a", "â", "a", "ä", "a", "é", "e", "è", "e",
	"ê", "e", "ë", "e", "í", "i", "ï", "i", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ú", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ş", "s", "ğ", "g", "ı", "i", "č", "c", "š", "s", "ž", "z", "ř", "r")

// sex is what the text says of a person: 'f' when a mention opens with
// Mrs, Ms, Lady …, 'm' with Mr, Sir, Lord …, else by the first name (a
// name of one word may be one: "Sandra"), else by a surname's ending
// (surnameSex), else by the pronouns linked so far; 0 when nothing says.
func (e *entity) sex(text string) byte {
	for _, m := range e.Mentions {
		style, _, _ := strings.Cut(m.Text, " ")
		style = strings.TrimSuffix(style, ".")
		switch {
		case femaleStyles[style]:
			return 'f'
		case maleStyles[style]:
			return 'm'
		}
	}
	for _, m := range e.Mentions {
		// "His mother, Denise Carter,": the relative the name follows,
		// with no comma between or in commas of its own (not "to speak
		// with his mother, Montalvo was put through").
		before := strings.TrimRight(text[:m.Start], " ,")
		if pronounSex(m.Text) != 0 || strings.Contains(text[len(before):m.Start], ",") && (m.End >= len(text) || text[m.End] != ',') {
			continue // not "to treat his daughter himself"
		}
		if i := strings.LastIndexAny(before, " \n"); i >= 0 {
			if sex := kinNouns[strings.ToLower(before[i+1:])]; sex != 0 {
				return sex
			}
		}
	}
	if len(e.tokens) > 0 {
		switch first := plainLetters.Replace(e.tokens[0]); {
		case femaleNames[first]:
			return 'f'
		case maleNames[first]:
			return 'm'
		}
	}
	if len(e.tokens) >= 2 {
		if sex := surnameSex(e.tokens[len(e.tokens)-1]); sex != 0 {
			return sex
		}
	}
	// Else the pronouns already linked to the person, when at least two
	// agree and none disagrees: after "she" and "her", a "he" is someone
	// else.
	var seen byte
	n := 0
	for _, m := range e.Mentions {
		switch x := pronounSex(m.Text); {
		case x == 0:
		case seen == 0 || seen == x:
			seen, n = x, n+1
		default:
			return 0
		}
	}
	if n < 2 {
		return 0
	}
	return seen
}

// kinNouns name relatives, with the sex each says ('f', 'm', or 0 for
// either).
var kinNouns = map[string]byte{"mother": 'f', "wife": 'f', "daughter": 'f', "sister": 'f', "widow": 'f',
	"grandmother": 'f', "granddaughter": 'f', "aunt": 'f', "niece": 'f', "father": 'm', "husband": 'm', "son": 'm',
	"brother": 'm', "widower": 'm', "grandfather": 'm', "grandson": 'm', "uncle": 'm', "nephew": 'm', "cousin": 0}

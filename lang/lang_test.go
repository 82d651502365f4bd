package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "US President Donald Trump said on Wednesday he expected to meet the Russian president in Saudi Arabia for talks.", "en"},
		{"french", "Le président a déclaré mercredi qu'il allait rencontrer son homologue russe pour des pourparlers sur la paix dans les prochains jours.", "fr"},
		{"german", "Der Präsident sagte am Mittwoch, dass er sich mit dem russischen Präsidenten treffen wird, um über den Frieden zu sprechen.", "de"},
		{"spanish", "El presidente dijo el miércoles que se reunirá con su homólogo ruso para conversaciones de paz en Arabia Saudita, y que los equipos ya trabajan.", "es"},
		{"russian", "Президент США Дональд Трамп заявил в среду, что ожидает встречи с Владимиром Путиным.", "ru"},
		{"arabic", "قال الرئيس الأمريكي دونالد ترامب يوم الأربعاء إنه يتوقع لقاء بوتين في السعودية", "ar"},
		{"chinese", "美国总统特朗普周三表示，他预计将在沙特阿拉伯与俄罗斯总统普京会面。", "zh"},
		{"heading only", "Desire for peace", Undetermined},
		{"empty", "", Undetermined},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "US President Donald Trump said on Wednesday he expected to meet Russian President Vladimir Putin in Saudi Arabia for Ukraine peace talks after a surprise phone call between the two leaders. "
	for len(text) < maxScan {
		text += text
	}
	b.SetBytes(maxScan)
	for b.Loop() {
		Detect(text)
	}
}

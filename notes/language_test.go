package notes

import (
	"strings"
	"testing"
)

func TestForeignProse(t *testing.T) {
	tests := []struct {
		name, src string
		warn      bool
	}{
		{"French", "# Kesh\n\nLa ville de Kesh a été fondée en 1201 par les marchands de sel. En 1560, le port de Kesh comptait environ 40 000 habitants. Le conseil de Kesh a signé le traité de Vela le 12 avril 1612. Tobin Aster a construit le grand canal en 1702.\n", true},
		{"Spanish", "# Vela\n\nLa ciudad de Vela fue fundada en 1201 por comerciantes de sal. En 1560, el puerto tenía unos 40.000 habitantes. El consejo firmó el Tratado de Orrin el 12 de abril de 1612. Tobin Aster construyó el gran canal en 1702, y la ciudad creció mucho.\n", true},
		{"German", "# Orrin\n\nDie Stadt Orrin wurde 1201 von Salzhändlern gegründet. Im Jahr 1560 hatte der Hafen etwa 40.000 Einwohner. Der Rat unterzeichnete am 12. April 1612 den Vertrag von Vela. Tobin Aster baute 1702 den großen Kanal, und die Stadt wuchs.\n", true},
		{"Chinese", "# 凯什\n\n凯什城由盐商于1201年建立。1560年，凯什港约有四万居民。凯什议会于1612年4月12日签署了维拉条约。托宾·阿斯特于1702年修建了大运河。这座城市在十八世纪成为重要的贸易中心。\n", true},
		// too little prose to judge: a line of French in a short note
		{"short", "# Kesh\n\nLa ville de Kesh a été fondée en 1201.\n", false},
		{"English with French names", "# Kesh\n\nThe Conseil de Kesh, the \"Assemblée des marchands de sel\", signed the Traité de Vela in 1612. Its chair, Jean-Baptiste de la Rochette, was born in Orrin. The assembly met at the Hôtel de Ville de Kesh until 1702, when it moved to the Palais des Congrès.\n", false},
		// a list of names and figures is still English when its words are
		{"English list", "# Media\n\n- Blood agar: enriched medium for streptococci and staphylococci.\n- MacConkey agar: selective and differential medium for Gram-negative bacilli.\n- Chocolate agar: heated blood agar for Haemophilus and Neisseria.\n- Thayer-Martin agar: selective medium for Neisseria gonorrhoeae.\n- Lowenstein-Jensen medium: the medium of choice for mycobacteria.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, warns, err := Parse("n.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var got bool
			for _, w := range warns {
				if strings.Contains(w.Msg, "does not read as English") {
					got = true
					if w.Line != 3 {
						t.Errorf("warning at line %d, want 3 (the first sentence)", w.Line)
					}
				}
			}
			if got != tt.warn {
				t.Errorf("warned %v, want %v (%v)", got, tt.warn, warns)
			}
		})
	}
}

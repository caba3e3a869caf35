#include "extract/CueWords.h"

#include <catch2/catch.hpp>

// CueWords decides whether a pattern is run at all: a wrong "no" loses a date or an event without a trace.
// Each row is a folded text, the cues, and whether the text holds one of them.

namespace {

struct Row {
    const char *text;
    std::initializer_list<const char *> cues;
    bool admitted;
};

} // namespace

TEST_CASE("cue words admit a text holding a word start or phrase of theirs, and only such a text", "[cues]") {
    const Row rows[] = {
        {"les positions ont ete attaquees samedi", {"attaqu"}, true},
        {"les soldats attendaient samedi", {"attaqu"}, false}, // same two first letters, not the cue
        {"ils ont attaque", {"attaques"}, false},              // a cue longer than the word
        {"il a ete tue au plus tard lundi", {"au plus tard"}, true},
        {"plus de dix morts, tard dans la nuit", {"au plus tard"}, false}, // the words, not the phrase
        {"the revendications were many", {"revendicatio"}, true},          // twelve letters of a longer word
        {"a revendicationnaire", {"revendicationnaire"}, true}, // a cue cut to its first twelve letters
        {"a b c", {"b"}, true},                                 // one letter
        {"rien a signaler", {"b"}, false},
        {"rien a signaler", {}, true}, // no cue: every text
        {"", {"attaqu"}, false},
        {"l'armee a riposte", {"armee", "zzz"}, true},
        {"d'ici le 31 decembre", {"d'ici"}, true},
        {"depuis 2012", {"d'ici"}, false},
        {"killed nine, wounded two", {"wound", "injur"}, true},
        {"overnight saturday", {"monday", "overnight"}, true},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        const kt::CueWords::Text text{QString::fromLatin1(row.text)};
        CHECK(kt::CueWords(row.cues).admit(text) == row.admitted);
    }
}

TEST_CASE("a text holds a word exactly, not a longer word that starts with it", "[cues]") {
    const kt::CueWords::Text text{QStringLiteral("jeudi, les revendicationnaires ont marche")};
    CHECK(text.hasWord(kt::CueWords::pack(u"jeudi")));
    CHECK(text.hasWord(kt::CueWords::pack(u"les")));
    CHECK_FALSE(text.hasWord(kt::CueWords::pack(u"jeu")));
    CHECK_FALSE(text.hasWord(kt::CueWords::pack(u"revendicatio"))); // the first twelve letters of a long word
    CHECK_FALSE(text.hasWord(kt::CueWords::pack(u"lundi")));
    CHECK(text.hasWordStarting(kt::CueWords::pack(u"revendicatio"), 12));
    CHECK(text.hasWordStarting(kt::CueWords::pack(u"mar"), 3));
    CHECK_FALSE(text.hasWordStarting(kt::CueWords::pack(u"mas"), 3));
    CHECK(kt::CueWords::pack(u"dimanche") != 0);
    CHECK(kt::CueWords::pack(u"revendicationnaires") == 0); // more than twelve letters: no exact word
    CHECK(kt::CueWords::pack(u"l'armee") == 0);
}

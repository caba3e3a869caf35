#include "io/AcledLegacyTypes.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>

namespace kt::AcledLegacyTypes {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsFolded(std::string_view text, std::string_view lowerCase) {
    return text.size() == lowerCase.size() && std::equal(text.cbegin(), text.cend(), lowerCase.cbegin(),
                                                         [](char a, char b) { return lower(a) == b; });
}

bool startsWithFolded(std::string_view text, std::string_view lowerCase) {
    return text.size() >= lowerCase.size() && equalsFolded(text.substr(0, lowerCase.size()), lowerCase);
}

class Words {
public:
    explicit Words(std::string_view text) {
        m_text.reserve(text.size());
        for (const char c : text)
            m_text.push_back(lower(c));
    }
    bool any(std::initializer_list<std::string_view> words) const {
        return std::any_of(words.begin(), words.end(),
                           [this](std::string_view word) { return m_text.find(word) != std::string::npos; });
    }

private:
    std::string m_text;
};

constexpr std::string_view kBattles = "Battles";
constexpr std::string_view kRemote = "Explosions/Remote violence";
constexpr std::string_view kCivilians = "Violence against civilians";
constexpr std::string_view kStrategic = "Strategic developments";

Mapping remoteViolence(const Words &notes) {
    if (notes.any({"air strike", "airstrike", "drone", "aircraft", "helicopter", "bombed from the air"}))
        return {kRemote, "Air/drone strike"};
    if (notes.any({"suicide"}))
        return {kRemote, "Suicide bomb"};
    if (notes.any({"grenade"}))
        return {kRemote, "Grenade"};
    if (notes.any({"shell", "mortar", "artillery", "rocket", "missile"}))
        return {kRemote, "Shelling/artillery/missile attack"};
    return {kRemote, "Remote explosive/landmine/IED"};
}

Mapping violenceAgainstCivilians(const Words &notes) {
    if (notes.any({"abduct", "kidnap", "hostage"}))
        return {kCivilians, "Abduction/forced disappearance"};
    if (notes.any({"rape", "sexual"}))
        return {kCivilians, "Sexual violence"};
    return {kCivilians, "Attack"};
}

Mapping demonstration(std::string_view actor1, std::string_view actor2) {
    const bool stateForce =
        startsWithFolded(actor2, "military forces") || startsWithFolded(actor2, "police forces");
    if (startsWithFolded(actor1, "protesters"))
        return {"Protests", stateForce ? "Protest with intervention" : "Peaceful protest"};
    return {"Riots", startsWithFolded(actor2, "civilians") ? "Mob violence" : "Violent demonstration"};
}

Mapping strategicDevelopment(const Words &notes) {
    if (notes.any({"arrest"}))
        return {kStrategic, "Arrests"};
    if (notes.any({"loot", "burn", "destroy", "seize"}))
        return {kStrategic, "Looting/property destruction"};
    if (notes.any({"agreement", "ceasefire", "cease-fire", "peace deal", "signed"}))
        return {kStrategic, "Agreement"};
    return {kStrategic, "Other"};
}

} // namespace

std::optional<Mapping> map(std::string_view eventType, std::string_view actor1, std::string_view actor2,
                           std::string_view notes) {
    if (equalsFolded(eventType, "battle-no change of territory"))
        return Mapping{kBattles, "Armed clash"};
    if (equalsFolded(eventType, "battle-government regains territory"))
        return Mapping{kBattles, "Government regains territory"};
    if (equalsFolded(eventType, "battle-non-state actor overtakes territory"))
        return Mapping{kBattles, "Non-state actor overtakes territory"};
    if (equalsFolded(eventType, "remote violence"))
        return remoteViolence(Words(notes));
    if (equalsFolded(eventType, "violence against civilians"))
        return violenceAgainstCivilians(Words(notes));
    if (equalsFolded(eventType, "riots/protests"))
        return demonstration(actor1, actor2);
    if (equalsFolded(eventType, "strategic development") || equalsFolded(eventType, "strategic developments"))
        return strategicDevelopment(Words(notes));
    if (equalsFolded(eventType, "headquarters or base established"))
        return Mapping{kStrategic, "Headquarters or base established"};
    if (equalsFolded(eventType, "non-violent transfer of territory"))
        return Mapping{kStrategic, "Non-violent transfer of territory"};
    if (equalsFolded(eventType, "non-violent activity by a conflict actor"))
        return Mapping{kStrategic, "Other"};
    return std::nullopt;
}

} // namespace kt::AcledLegacyTypes

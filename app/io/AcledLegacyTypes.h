#pragma once

#include <optional>
#include <string_view>

namespace kt {

// ACLED's event types from before its 2019 revision, mapped to today's 6 event types and 25 sub-event types
// (ACLED codebook 2019, "Event types and sub-event types", and its table of changes from the 2017 codebook):
//
//   as written (case ignored)                  today's event type           sub-event type
//   Battle-No change of territory              Battles                      Armed clash
//   Battle-Government regains territory        Battles                      Government regains territory
//   Battle-Non-state actor overtakes territory Battles                      Non-state actor overtakes
//   territory Remote violence                            Explosions/Remote violence   from the notes (1),
//   else
//                                                                           Remote explosive/landmine/IED
//   Violence against civilians                 Violence against civilians   from the notes (2), else Attack
//   Riots/Protests                             Protests (actor1 "Protesters…"): Protest with intervention
//                                              when actor2 is a state force, else Peaceful protest;
//                                              Riots (any other actor1): Mob violence when actor2 is
//                                              civilians, else Violent demonstration
//   Strategic development(s)                   Strategic developments       from the notes (3), else Other
//   Headquarters or base established           Strategic developments       Headquarters or base established
//   Non-violent transfer of territory          Strategic developments       Non-violent transfer of territory
//   Non-violent activity by a conflict actor   Strategic developments       Other
//
// (1) "air strike", "airstrike", "drone", "aircraft", "helicopter", "bombed from the air" → Air/drone strike;
//     "suicide" → Suicide bomb; "grenade" → Grenade; "shell", "mortar", "artillery", "rocket", "missile" →
//     Shelling/artillery/missile attack. In the Sahel most remote violence of that period is roadside bombs
//     and mines, hence the default.
// (2) "abduct", "kidnap", "hostage" → Abduction/forced disappearance; "rape", "sexual" → Sexual violence.
// (3) "arrest" → Arrests; "loot", "burn", "destroy", "seize" → Looting/property destruction; "agreement",
//     "ceasefire", "cease-fire", "peace deal", "signed" → Agreement.
// The first rule whose words the notes hold wins, in the order above.
namespace AcledLegacyTypes {

struct Mapping {
    std::string_view eventType;
    std::string_view subEventType;
};

// Today's type and sub-type of a legacy event type; nothing when eventType is not one.
std::optional<Mapping> map(std::string_view eventType, std::string_view actor1, std::string_view actor2,
                           std::string_view notes);

} // namespace AcledLegacyTypes
} // namespace kt

#include "io/AcledGenerator.h"

#include "core/DayDate.h"
#include "core/InputError.h"
#include "io/EventCsv.h"

#include <QDate>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

namespace {

struct Place {
    std::string_view location;
    std::string_view admin1;
    std::string_view admin2;
    double latitude;
    double longitude;
};

struct Country {
    std::string_view name;
    std::string_view iso3;
    int iso;
    std::string_view stateForces;
    std::string_view police;
    std::string_view civilians;
    std::string_view unidentified;
    std::string_view protesters;
    std::string_view rioters;
    std::vector<std::string_view> armedGroups; // weighted by position: the first are the most active
    std::vector<Place> places;
    double weight;
};

const std::vector<Country> &countries() {
    static const std::vector<Country> list{
        {"Mali",
         "MLI",
         466,
         "Military Forces of Mali (2021-)",
         "Police Forces of Mali (2021-)",
         "Civilians (Mali)",
         "Unidentified Armed Group (Mali)",
         "Protesters (Mali)",
         "Rioters (Mali)",
         {"JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)",
          "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", "Wagner Group",
          "Dozo Communal Militia (Mali)", "Fulani Ethnic Militia (Mali)", "HCUA", "MNLA", "CMA",
          "GATIA: Imghad Tuareg and Allies Self-Defense Group"},
         {{"Kidal", "Kidal", "Kidal", 18.4411, 1.4078},
          {"Anefis", "Kidal", "Tin-Essako", 17.9333, 0.5167},
          {"Tessalit", "Kidal", "Tessalit", 20.2011, 1.0125},
          {"Aguelhok", "Kidal", "Tessalit", 19.4617, 0.8586},
          {"Gao", "Gao", "Gao", 16.2666, -0.0400},
          {"Bourem", "Gao", "Bourem", 16.9540, -0.3488},
          {"Timbuktu", "Tombouctou", "Tombouctou", 16.7735, -3.0074},
          {"Ber", "Tombouctou", "Tombouctou", 16.8500, -2.3500},
          {"Menaka", "Menaka", "Menaka", 15.9182, 2.4022},
          {"Mopti", "Mopti", "Mopti", 14.4843, -4.1827},
          {"Douentza", "Mopti", "Douentza", 15.0019, -2.9497},
          {"Segou", "Segou", "Segou", 13.4317, -6.2157},
          {"Bamako", "Bamako", "Bamako", 12.6392, -8.0029}},
         0.45},
        {"Burkina Faso",
         "BFA",
         854,
         "Military Forces of Burkina Faso (2022-)",
         "Police Forces of Burkina Faso (2022-)",
         "Civilians (Burkina Faso)",
         "Unidentified Armed Group (Burkina Faso)",
         "Protesters (Burkina Faso)",
         "Rioters (Burkina Faso)",
         {"JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)",
          "VDP: Volunteers for the Defense of the Homeland", "Koglweogo Militia"},
         {{"Djibo", "Sahel", "Soum", 14.1011, -1.6306},
          {"Dori", "Sahel", "Seno", 14.0354, -0.0345},
          {"Kaya", "Centre-Nord", "Sanmatenga", 13.0917, -1.0844},
          {"Fada N'gourma", "Est", "Gourma", 12.0616, 0.3588},
          {"Ouagadougou", "Centre", "Kadiogo", 12.3714, -1.5197}},
         0.30},
        {"Niger",
         "NER",
         562,
         "Military Forces of Niger (2023-)",
         "Police Forces of Niger (2023-)",
         "Civilians (Niger)",
         "Unidentified Armed Group (Niger)",
         "Protesters (Niger)",
         "Rioters (Niger)",
         {"Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims",
          "Islamic State West Africa Province (ISWAP)",
          "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"},
         {{"Tillaberi", "Tillaberi", "Tillaberi", 14.2117, 1.4531},
          {"Diffa", "Diffa", "Diffa", 13.3154, 12.6113},
          {"Tahoua", "Tahoua", "Tahoua", 14.8888, 5.2692},
          {"Niamey", "Niamey", "Niamey", 13.5116, 2.1254}},
         0.15},
        {"Nigeria",
         "NGA",
         566,
         "Military Forces of Nigeria (2023-)",
         "Police Forces of Nigeria (2023-)",
         "Civilians (Nigeria)",
         "Unidentified Armed Group (Nigeria)",
         "Protesters (Nigeria)",
         "Rioters (Nigeria)",
         {"Islamic State West Africa Province (ISWAP)",
          "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Zamfara Communal Militia (Nigeria)"},
         {{"Maiduguri", "Borno", "Maiduguri", 11.8311, 13.1510},
          {"Gusau", "Zamfara", "Gusau", 12.1628, 6.6614},
          {"Abuja", "Federal Capital Territory", "Abuja Municipal", 9.0579, 7.4951}},
         0.10},
    };
    return list;
}

struct Kind {
    std::string_view disorder;
    std::string_view type;
    std::string_view subType;
    enum Sides {
        StateVsGroup,
        GroupVsState,
        GroupVsCivilians,
        StateVsCivilians,
        Protest,
        Riot,
        GroupOnly,
        StateOnly
    } sides;
    double weight;
};

const std::array<Kind, 25> &kinds() {
    static const std::array<Kind, 25> list{{
        {"Political violence", "Battles", "Armed clash", Kind::StateVsGroup, 20},
        {"Political violence", "Battles", "Government regains territory", Kind::StateVsGroup, 1.5},
        {"Political violence", "Battles", "Non-state actor overtakes territory", Kind::GroupVsState, 1.5},
        {"Political violence", "Explosions/Remote violence", "Air/drone strike", Kind::StateVsGroup, 5},
        {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack",
         Kind::GroupVsState, 3},
        {"Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
         Kind::GroupVsState, 6},
        {"Political violence", "Explosions/Remote violence", "Suicide bomb", Kind::GroupVsState, 0.5},
        {"Political violence", "Explosions/Remote violence", "Grenade", Kind::GroupVsCivilians, 0.3},
        {"Political violence", "Explosions/Remote violence", "Chemical weapon", Kind::StateVsGroup, 0.05},
        {"Political violence", "Violence against civilians", "Attack", Kind::GroupVsCivilians, 18},
        {"Political violence", "Violence against civilians", "Abduction/forced disappearance",
         Kind::GroupVsCivilians, 6},
        {"Political violence", "Violence against civilians", "Sexual violence", Kind::StateVsCivilians, 0.8},
        {"Demonstrations", "Protests", "Peaceful protest", Kind::Protest, 9},
        {"Demonstrations", "Protests", "Protest with intervention", Kind::Protest, 1.5},
        {"Political violence; Demonstrations", "Protests", "Excessive force against protesters",
         Kind::Protest, 0.4},
        {"Demonstrations", "Riots", "Violent demonstration", Kind::Riot, 2},
        {"Political violence", "Riots", "Mob violence", Kind::Riot, 1.5},
        {"Strategic developments", "Strategic developments", "Agreement", Kind::GroupOnly, 0.6},
        {"Strategic developments", "Strategic developments", "Arrests", Kind::StateOnly, 3},
        {"Strategic developments", "Strategic developments", "Change to group/activity", Kind::GroupOnly, 2},
        {"Strategic developments", "Strategic developments", "Disrupted weapons use", Kind::StateVsGroup, 2},
        {"Strategic developments", "Strategic developments", "Headquarters or base established",
         Kind::GroupOnly, 0.7},
        {"Strategic developments", "Strategic developments", "Looting/property destruction",
         Kind::GroupVsCivilians, 2.5},
        {"Strategic developments", "Strategic developments", "Non-violent transfer of territory",
         Kind::StateOnly, 0.8},
        {"Strategic developments", "Strategic developments", "Other", Kind::GroupOnly, 1},
    }};
    return list;
}

constexpr std::array<std::string_view, 9> kInterText{
    "",        "State forces", "Rebel group", "Political militia",    "Identity militia",
    "Rioters", "Protesters",   "Civilians",   "External/Other forces"};

constexpr std::array<std::string_view, 8> kSources{
    "Reuters", "AFP", "Le Monde", "RFI", "Sahel Intelligence", "Twitter", "Studio Tamani", "Menastream"};
constexpr std::array<std::string_view, 5> kScales{"National", "International", "Subnational", "New media",
                                                  "Other-National"};

void appendField(std::string &out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string fixed4(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

} // namespace

AcledGenerator::AcledGenerator(std::uint64_t seed) {
    // splitmix64 spreads the seed over xoshiro256**'s state.
    for (auto &word : m_state) {
        seed += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = seed;
        z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
        word = z ^ (z >> 31U);
    }
}

std::uint64_t AcledGenerator::next() {
    auto rotl = [](std::uint64_t x, unsigned k) { return (x << k) | (x >> (64U - k)); };
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17U;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

void AcledGenerator::write(const QString &path, std::int64_t count) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw InputError(path, 0, QStringLiteral("cannot write the file: %1").arg(file.errorString()));

    const Day first = DayDate::fromDate(QDate(2018, 1, 1));
    const Day last = DayDate::fromDate(QDate(2024, 12, 31));
    const std::uint64_t span = static_cast<std::uint64_t>(last) - static_cast<std::uint64_t>(first) + 1;

    // Bursts: a few hundred episodes of a few days to a few weeks, the Kidal offensive among them.
    struct Burst {
        Day centre;
        int width;
        std::size_t country;
        std::size_t place;
    };
    std::vector<Burst> bursts;
    bursts.push_back({DayDate::fromDate(QDate(2023, 11, 10)), 20, 0, 0});
    bursts.push_back({DayDate::fromDate(QDate(2023, 10, 5)), 12, 0, 7});
    for (int i = 0; i < 300; ++i) {
        const std::size_t country = below(countries().size());
        bursts.push_back({first + static_cast<Day>(below(span)), 3 + static_cast<int>(below(28)), country,
                          below(countries().at(country).places.size())});
    }

    struct Pending {
        Day day;
        std::uint32_t country;
        std::int32_t place; // -1: any place of the country
    };
    std::vector<Pending> days;
    days.reserve(static_cast<std::size_t>(count));
    auto pickCountry = [this] {
        double r = unit();
        for (std::size_t i = 0; i < countries().size(); ++i) {
            r -= countries()[i].weight;
            if (r < 0)
                return i;
        }
        return countries().size() - 1;
    };
    for (std::int64_t i = 0; i < count; ++i) {
        if (unit() < 0.45) {
            const Burst &burst = bursts.at(unit() < 0.08 ? below(2) : below(bursts.size()));
            // Triangular around the centre.
            const double offset = (unit() - unit()) * burst.width;
            const Day day = std::clamp(burst.centre + static_cast<Day>(std::lround(offset)), first, last);
            days.push_back({day, static_cast<std::uint32_t>(burst.country),
                            unit() < 0.7 ? static_cast<std::int32_t>(burst.place) : -1});
        } else {
            days.push_back(
                {first + static_cast<Day>(below(span)), static_cast<std::uint32_t>(pickCountry()), -1});
        }
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const Pending &a, const Pending &b) { return a.day > b.day; });

    double totalWeight = 0;
    for (const Kind &kind : kinds())
        totalWeight += kind.weight;
    auto pickKind = [&]() -> const Kind & {
        double r = unit() * totalWeight;
        for (const Kind &kind : kinds()) {
            r -= kind.weight;
            if (r < 0)
                return kind;
        }
        return kinds().back();
    };
    // Skewed: the first armed group of a country is several times as active as the last.
    auto pickGroup = [this](const Country &country) {
        const double r = unit();
        const auto n = static_cast<double>(country.armedGroups.size());
        return country.armedGroups.at(static_cast<std::size_t>(std::floor(n * r * r * r)));
    };

    std::string out(EventCsv::header().toStdString());
    std::vector<std::int64_t> serial(countries().size(), 0);
    std::string notes;
    std::string source;
    auto flush = [&] {
        if (file.write(out.data(), static_cast<qint64>(out.size())) != static_cast<qint64>(out.size()))
            throw InputError(path, 0, QStringLiteral("cannot write the file: %1").arg(file.errorString()));
        out.clear();
    };
    for (const Pending &pending : days) {
        const Country &country = countries().at(pending.country);
        const Place &place = country.places.at(pending.place >= 0 ? static_cast<std::size_t>(pending.place)
                                                                  : below(country.places.size()));
        const Kind &kind = pickKind();
        const QDate date = DayDate::toDate(pending.day);
        const double p = unit();
        const int precision = p < 0.85 ? 1 : (p < 0.96 ? 2 : 3);
        const bool numericInter = date.year() < 2023;

        std::string_view actor1;
        std::string_view actor2;
        int inter1 = 0;
        int inter2 = 0;
        std::string assoc1;
        std::string assoc2;
        const std::string_view group = pickGroup(country);
        const int groupInter =
            group.find("Militia") != std::string_view::npos                                    ? 4
            : (group.find("CSP") == 0 || group == "HCUA" || group == "MNLA" || group == "CMA") ? 2
                                                                                               : 3;
        switch (kind.sides) {
        case Kind::StateVsGroup:
            actor1 = country.stateForces, inter1 = 1, actor2 = group, inter2 = groupInter;
            if (country.iso == 466 && date.year() >= 2022 && unit() < 0.4)
                assoc1 = "Wagner Group";
            if (unit() < 0.1)
                assoc1 += assoc1.empty() ? "Dozo Communal Militia (Mali)" : "; Dozo Communal Militia (Mali)";
            break;
        case Kind::GroupVsState:
            actor1 = group, inter1 = groupInter, actor2 = country.stateForces, inter2 = 1;
            break;
        case Kind::GroupVsCivilians:
            actor1 = unit() < 0.3 ? country.unidentified : group, inter1 = 3, actor2 = country.civilians,
            inter2 = 7;
            if (unit() < 0.3)
                assoc2 =
                    unit() < 0.5 ? "Fulani Ethnic Group (Mali)" : "Women (Mali); Fulani Ethnic Group (Mali)";
            break;
        case Kind::StateVsCivilians:
            actor1 = country.stateForces, inter1 = 1, actor2 = country.civilians, inter2 = 7;
            break;
        case Kind::Protest:
            actor1 = country.protesters, inter1 = 6;
            if (kind.subType != "Peaceful protest")
                actor2 = country.police, inter2 = 1;
            assoc1 = unit() < 0.5 ? "Students (International)" : "Women (International); Labor Group";
            break;
        case Kind::Riot:
            actor1 = country.rioters, inter1 = 5, actor2 = country.civilians, inter2 = 7;
            break;
        case Kind::GroupOnly:
            actor1 = group, inter1 = groupInter;
            if (kind.subType == "Agreement")
                actor2 = country.stateForces, inter2 = 1;
            break;
        case Kind::StateOnly:
            actor1 = country.police, inter1 = 1, actor2 = unit() < 0.5 ? country.civilians : group,
            inter2 = actor2 == country.civilians ? 7 : groupInter;
            break;
        }
        const bool civilianTargeting = inter2 == 7 && kind.type == "Violence against civilians";

        const std::string day = std::to_string(date.day()) + ' ' +
                                QLocale::c().monthName(date.month()).toStdString() + ' ' +
                                std::to_string(date.year());
        notes.clear();
        notes += "On " + day + ", " + std::string(actor1);
        if (!actor2.empty())
            notes += " and " + std::string(actor2);
        notes += " were involved in an event (" + std::string(kind.subType) + ") in " +
                 std::string(place.location) + ", " + std::string(place.admin1) + ".";
        if (unit() < 0.25)
            notes +=
                " A local official said the town was \"calm again\" by the evening, though residents fled.";
        if (unit() < 0.05)
            notes += "\nA second account, from a \"\"hospital source\"\", gave other figures.";
        if (unit() < 0.1)
            notes += " [size=no report]";
        const std::uint64_t fatalityRoll = below(100);
        const int fatalities = kind.type == "Protests" || kind.type == "Strategic developments" ? 0
                               : fatalityRoll < 55
                                   ? 0
                                   : 1 + static_cast<int>(std::floor(-std::log(1.0 - unit()) * 6.0));
        source.assign(kSources.at(below(kSources.size())));
        if (unit() < 0.3)
            source += "; " + std::string(kSources.at(below(kSources.size())));

        out += country.iso3;
        out += std::to_string(++serial.at(pending.country));
        out += ',';
        out += DayDate::toIso(pending.day).toStdString();
        out += ',' + std::to_string(date.year()) + ',' + std::to_string(precision) + ',';
        appendField(out, kind.disorder);
        out += ',';
        appendField(out, kind.type);
        out += ',';
        appendField(out, kind.subType);
        out += ',';
        appendField(out, actor1);
        out += ',';
        appendField(out, assoc1);
        out += ',';
        out += numericInter ? std::to_string(inter1)
                            : std::string(kInterText.at(static_cast<std::size_t>(inter1)));
        out += ',';
        appendField(out, actor2);
        out += ',';
        appendField(out, assoc2);
        out += ',';
        if (!actor2.empty())
            out += numericInter ? std::to_string(inter2)
                                : std::string(kInterText.at(static_cast<std::size_t>(inter2)));
        out += ',';
        if (numericInter)
            out += actor2.empty() ? std::to_string(inter1 * 10)
                                  : std::to_string(std::min(inter1, inter2) * 10 + std::max(inter1, inter2));
        else
            out += std::string(kInterText.at(static_cast<std::size_t>(inter1))) +
                   (actor2.empty() ? std::string(" only")
                                   : "-" + std::string(kInterText.at(static_cast<std::size_t>(inter2))));
        out += ',';
        out += civilianTargeting ? "Civilian targeting" : "";
        out += ',' + std::to_string(country.iso) + ",Western Africa,";
        appendField(out, country.name);
        out += ',';
        appendField(out, place.admin1);
        out += ',';
        appendField(out, place.admin2);
        out += ',';
        out += unit() < 0.2 ? "NA" : "";
        out += ',';
        appendField(out, place.location);
        out += ',' + fixed4(place.latitude) + ',' + fixed4(place.longitude) + ',' +
               std::to_string(1 + below(3)) + ',';
        appendField(out, source);
        out += ',';
        out += kScales.at(below(kScales.size()));
        out += ',';
        appendField(out, notes);
        out += ',' + std::to_string(fatalities) + ',';
        if (kind.type == "Protests")
            out += "crowd size=no report";
        out += ',';
        out += std::to_string(DayDate::toMsecs(pending.day) / 1000 +
                              86400 * (7 + static_cast<std::int64_t>(below(30))));
        out += "\r\n";
        if (out.size() > (std::size_t{1} << 20U))
            flush();
    }
    flush();
}

} // namespace kt

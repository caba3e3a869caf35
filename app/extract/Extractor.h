#pragma once

#include "core/data.h"
#include "extract/Gazetteer.h"

#include <QList>

namespace kt {

// Turns an article into dated events with their sides, place, claimant and the sentence they come from.
class Extractor {
public:
    explicit Extractor(const Gazetteer &gazetteer = Gazetteer::bundled());
    DocumentEvents extract(const Document &document) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace kt

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Vigil {

class ExpositionVisitor;
class ScrapeSamples;

// Feeds the samples a scrape kept to a visitor, as the parser would have: the scraper parses once (to fail fast on
// a bad body) and the mapper reads its copy without parsing again.
void replaySamples(const ScrapeSamples &samples, ExpositionVisitor &visitor);

} // namespace Vigil

#pragma once
// `steppe render --layout-json FILE`: the page's layout (export/page_report)
// as JSON, written whole (temporary file + rename).
#include <string>

#include "export/page_report.hpp"

namespace steppe::app {

std::string page_report_json(const PageReport& page);
void write_page_report(const PageReport& page, const std::string& path);

} // namespace steppe::app

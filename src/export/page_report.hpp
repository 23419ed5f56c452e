#pragma once
// The page as laid out, for whoever places it in a report and for the tests
// (`steppe render --layout-json FILE`): the page size, each pane's map box,
// the legends and which panes they serve, the title, scale bar, north arrow,
// source and credits boxes, each data-bearing region's code and screen
// bounding box, and each callout's place, box and lines. Canvas pixels, top-left origin.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace steppe {

struct Composition;
struct ExportScene;

struct ReportBox {
  double x = 0, y = 0, w = 0, h = 0;
};

struct PageReport {
  int width_px = 0, height_px = 0;
  struct Pane {
    ReportBox map;
    std::string title, indicator;
  };
  std::vector<Pane> panes;
  struct LegendBox {
    ReportBox box;
    std::vector<int> panes; // which panes it explains
  };
  std::vector<LegendBox> legends;
  std::optional<ReportBox> title, subtitle, scale_bar, north_arrow, locator, source, credits;
  struct DataRegion {
    std::string code;
    int pane = 0;  // which pane shows it
    ReportBox box; // the region's bounding box as drawn (may reach past the map box)
  };
  std::vector<DataRegion> data_regions;
  struct Callout {
    std::string code;           // the place
    ReportBox place;            // its screen box
    ReportBox box;              // the label box
    std::vector<std::string> lines; // place, value, period
  };
  std::vector<Callout> callouts;
  struct AnnotationBox {
    int index = 0;                 // 1-based, as the view lists them
    std::string kind;              // text, arrow, callout
    double anchor_x = 0, anchor_y = 0; // its point on the page
    std::optional<std::pair<double, double>> head; // an arrow's head on the page
    std::optional<ReportBox> box;  // its text box (none: an arrow without text)
    std::vector<std::string> lines;
  };
  std::vector<AnnotationBox> annotations;
};

// The single-map page of a composition.
PageReport page_report(const Composition& composition, const ExportScene& scene);

} // namespace steppe

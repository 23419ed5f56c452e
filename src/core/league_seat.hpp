#pragma once
// Where a league's seat is marked on the overview (★ for the regional capital
// 呼和浩特市, a dot for the other league seats), derived from the atlas's own
// banner shapes rather than typed-in coordinates:
//  - a 市 (prefecture-level city): its urban districts (市辖区, the banners whose
//    GB/T 2260 code is NN02–NN20 within the city), the largest group of them that
//    touch one another (this leaves out detached mining districts such as
//    白云鄂博矿区 and 扎赉诺尔区); the mark goes at their area-weighted centroid;
//  - a 盟 (league) has no districts: the county-level city where its
//    administrative office (行政公署) sits — 乌兰浩特市 for 兴安盟, 锡林浩特市 for
//    锡林郭勒盟 (both listed as the seats in the national division of 民政部);
//  - 阿拉善盟 sits in 巴彦浩特镇 of 阿拉善左旗, an 80,000 km² banner whose centre is
//    nowhere near the town: no shape in the atlas locates it, so it gets no mark.
// Pure (no projection): callers project the returned banners themselves.
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"

namespace steppe {

// GB/T 2260 code of 呼和浩特市, the capital (首府) of 内蒙古自治区.
inline constexpr std::string_view kCapitalLeagueCode = "150100";

struct LeagueSeat {
  std::size_t league = 0;            // index into Atlas::regions
  bool capital = false;              // 呼和浩特市: drawn as ★
  std::vector<std::size_t> banners;  // indices into Atlas::regions whose union is the seat
};

// One entry per league whose seat the atlas can locate (see above), in atlas order.
std::vector<LeagueSeat> league_seats(const Atlas& atlas);

// Whether a banner code is an urban district (市辖区) of a prefecture-level city:
// six digits, the league's code is NN00 with NN < 20 (市, not a 盟 at 22–29), and
// the last two digits are 02–20.
bool is_urban_district_code(std::string_view banner_code, std::string_view league_code);

} // namespace steppe

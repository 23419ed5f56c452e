#pragma once
// Small value types shared by the text renderer and the label layer.
namespace steppe {

enum class FontWeight { Regular, Bold };

} // namespace steppe

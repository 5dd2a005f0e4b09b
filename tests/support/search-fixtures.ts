import { cert, product, TEST_PRODUCERS, TEST_PRODUCTS } from "./fixtures"

/**
 * The test catalogue plus products that the search contract needs: every
 * former unit of today's Vĩnh Long (Bến Tre, Trà Vinh and Vĩnh Long itself),
 * Sóc Trăng (now Cần Thơ), a word with "đ", a code like "ST25", all star
 * levels, two groups, four price bands and one product out of stock.
 */
export const SEARCH_PRODUCERS = TEST_PRODUCERS

export const SEARCH_PRODUCTS = [
  ...TEST_PRODUCTS,
  product(
    "banh-tet-tra-cuon",
    "Bánh tét Trà Cuôn",
    "cty-trai-cay-chanh-thu",
    cert({ number: "T-TV-4", province_code: "tra-vinh", commune: "Xã Đôn Xuân", authority: "UBND tỉnh Trà Vinh" }),
    undefined,
    10,
    { price: 120000, sub_group: "Bánh" }
  ),
  product(
    "buoi-nam-roi-my-hoa",
    "Bưởi Năm Roi Mỹ Hòa",
    "cty-trai-cay-chanh-thu",
    cert({
      number: "T-VL-3",
      stars: 3,
      province_code: "vinh-long",
      commune: "Xã Mỹ Hòa",
      authority: "UBND tỉnh Vĩnh Long",
    }),
    undefined,
    10,
    { price: 250000, sub_group: "Trái cây" }
  ),
  product(
    "gao-st25-hoa-tu",
    "Gạo ST25 lúa tôm Hòa Tú",
    "htx-dua-cho-lach",
    cert({
      number: "T-ST-5",
      stars: 5,
      province_code: "soc-trang",
      commune: "Xã Hòa Tú",
      authority: "Bộ Nông nghiệp và Môi trường",
      decision: "98/QĐ-BNN",
      score: 93,
    }),
    undefined,
    10,
    { price: 45000, sub_group: "Gạo" }
  ),
  product(
    "banh-pia-kim-sa",
    "Bánh pía kim sa đậu xanh",
    "ho-vai-luc-ngan",
    cert({
      number: "T-ST-3",
      stars: 3,
      province_code: "soc-trang",
      commune: "Phường Vĩnh Châu",
      authority: "UBND tỉnh Sóc Trăng",
    }),
    undefined,
    10,
    { price: 95000, sub_group: "Bánh" }
  ),
  product(
    "binh-gom-do",
    "Bình gốm đỏ Mang Thít",
    "htx-dua-cho-lach",
    cert({ number: "T-VL-4", province_code: "vinh-long", commune: "Xã Mỹ An", authority: "UBND tỉnh Vĩnh Long" }),
    undefined,
    0,
    { price: 650000, group: "souvenir_decor", sub_group: "Gốm" }
  ),
]

/** Handles of the products on sale in SEARCH_PRODUCTS, by what the contract asks of them. */
export const ON_SALE = [
  "keo-dua-cho-lach",
  "sau-rieng-cho-lach",
  "vai-thieu-luc-ngan",
  "banh-tet-tra-cuon",
  "buoi-nam-roi-my-hoa",
  "gao-st25-hoa-tu",
  "banh-pia-kim-sa",
  "binh-gom-do",
]
export const FORMER_BEN_TRE = ["keo-dua-cho-lach", "sau-rieng-cho-lach"]
export const CURRENT_VINH_LONG = [...FORMER_BEN_TRE, "banh-tet-tra-cuon", "buoi-nam-roi-my-hoa", "binh-gom-do"]

/**
 * The 63 provincial units before 1 July 2025 and the unit each belongs to after
 * the merger to 34 (Resolution 202/2025/QH15). A unit whose code equals its
 * current_code is also a current unit. Source: shared/reference/ocop-domain.md.
 */
export type ProvinceSeed = {
  code: string
  name: string
  aliases?: string[]
  current_code: string
  region: "north" | "central" | "south"
}

const p = (
  code: string,
  name: string,
  current_code: string,
  region: ProvinceSeed["region"],
  aliases?: string[]
): ProvinceSeed => ({ code, name, current_code, region, ...(aliases ? { aliases } : {}) })

export const PROVINCES: ProvinceSeed[] = [
  // North
  p("ha-noi", "Hà Nội", "ha-noi", "north", ["Thành phố Hà Nội", "TP. Hà Nội"]),
  p("hai-phong", "Hải Phòng", "hai-phong", "north", ["TP. Hải Phòng"]),
  p("hai-duong", "Hải Dương", "hai-phong", "north"),
  p("ha-giang", "Hà Giang", "tuyen-quang", "north"),
  p("tuyen-quang", "Tuyên Quang", "tuyen-quang", "north"),
  p("cao-bang", "Cao Bằng", "cao-bang", "north"),
  p("bac-kan", "Bắc Kạn", "thai-nguyen", "north", ["Bắc Cạn"]),
  p("thai-nguyen", "Thái Nguyên", "thai-nguyen", "north"),
  p("lao-cai", "Lào Cai", "lao-cai", "north"),
  p("yen-bai", "Yên Bái", "lao-cai", "north"),
  p("dien-bien", "Điện Biên", "dien-bien", "north"),
  p("lai-chau", "Lai Châu", "lai-chau", "north"),
  p("son-la", "Sơn La", "son-la", "north"),
  p("hoa-binh", "Hòa Bình", "phu-tho", "north", ["Hoà Bình"]),
  p("vinh-phuc", "Vĩnh Phúc", "phu-tho", "north"),
  p("phu-tho", "Phú Thọ", "phu-tho", "north"),
  p("lang-son", "Lạng Sơn", "lang-son", "north"),
  p("quang-ninh", "Quảng Ninh", "quang-ninh", "north"),
  p("bac-giang", "Bắc Giang", "bac-ninh", "north"),
  p("bac-ninh", "Bắc Ninh", "bac-ninh", "north"),
  p("hung-yen", "Hưng Yên", "hung-yen", "north"),
  p("thai-binh", "Thái Bình", "hung-yen", "north"),
  p("ha-nam", "Hà Nam", "ninh-binh", "north"),
  p("nam-dinh", "Nam Định", "ninh-binh", "north"),
  p("ninh-binh", "Ninh Bình", "ninh-binh", "north"),
  // Central and Central Highlands
  p("thanh-hoa", "Thanh Hóa", "thanh-hoa", "central", ["Thanh Hoá"]),
  p("nghe-an", "Nghệ An", "nghe-an", "central"),
  p("ha-tinh", "Hà Tĩnh", "ha-tinh", "central"),
  p("quang-binh", "Quảng Bình", "quang-tri", "central"),
  p("quang-tri", "Quảng Trị", "quang-tri", "central"),
  p("hue", "Huế", "hue", "central", ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TP. Huế"]),
  p("da-nang", "Đà Nẵng", "da-nang", "central", ["TP. Đà Nẵng"]),
  p("quang-nam", "Quảng Nam", "da-nang", "central"),
  p("quang-ngai", "Quảng Ngãi", "quang-ngai", "central"),
  p("kon-tum", "Kon Tum", "quang-ngai", "central", ["Kontum"]),
  p("binh-dinh", "Bình Định", "gia-lai", "central"),
  p("gia-lai", "Gia Lai", "gia-lai", "central"),
  p("phu-yen", "Phú Yên", "dak-lak", "central"),
  p("dak-lak", "Đắk Lắk", "dak-lak", "central", ["Đắc Lắc", "Daklak"]),
  p("khanh-hoa", "Khánh Hòa", "khanh-hoa", "central", ["Khánh Hoà"]),
  p("ninh-thuan", "Ninh Thuận", "khanh-hoa", "central"),
  p("dak-nong", "Đắk Nông", "lam-dong", "central", ["Đắc Nông"]),
  p("binh-thuan", "Bình Thuận", "lam-dong", "central"),
  p("lam-dong", "Lâm Đồng", "lam-dong", "central"),
  // South
  p("ho-chi-minh", "TP. Hồ Chí Minh", "ho-chi-minh", "south", [
    "Hồ Chí Minh",
    "Thành phố Hồ Chí Minh",
    "Sài Gòn",
    "HCM",
    "TPHCM",
  ]),
  p("binh-duong", "Bình Dương", "ho-chi-minh", "south"),
  p("ba-ria-vung-tau", "Bà Rịa - Vũng Tàu", "ho-chi-minh", "south", ["Bà Rịa Vũng Tàu", "Vũng Tàu"]),
  p("binh-phuoc", "Bình Phước", "dong-nai", "south"),
  p("dong-nai", "Đồng Nai", "dong-nai", "south"),
  p("long-an", "Long An", "tay-ninh", "south"),
  p("tay-ninh", "Tây Ninh", "tay-ninh", "south"),
  p("can-tho", "Cần Thơ", "can-tho", "south", ["TP. Cần Thơ"]),
  p("soc-trang", "Sóc Trăng", "can-tho", "south"),
  p("hau-giang", "Hậu Giang", "can-tho", "south"),
  p("vinh-long", "Vĩnh Long", "vinh-long", "south"),
  p("ben-tre", "Bến Tre", "vinh-long", "south"),
  p("tra-vinh", "Trà Vinh", "vinh-long", "south"),
  p("dong-thap", "Đồng Tháp", "dong-thap", "south"),
  p("tien-giang", "Tiền Giang", "dong-thap", "south"),
  p("ca-mau", "Cà Mau", "ca-mau", "south"),
  p("bac-lieu", "Bạc Liêu", "ca-mau", "south"),
  p("an-giang", "An Giang", "an-giang", "south"),
  p("kien-giang", "Kiên Giang", "an-giang", "south"),
]

/**
 * Folds Vietnamese text for matching: lower case, no diacritics, "đ" -> "d",
 * single spaces. "Bến Tre" and "ben tre" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

/** ASCII, hyphenated handle: "Kẹo dừa Bến Tre" -> "keo-dua-ben-tre". */
export function asciiHandle(text: string): string {
  return foldVietnamese(text).replace(/ /g, "-")
}

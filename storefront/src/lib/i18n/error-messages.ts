type ErrorMessages = { title: string; retry: string; backend: string }

/**
 * The error page's words in both languages, apart from the dictionaries: the
 * error boundary is a client component on every page, and the whole
 * dictionary imported there sent every word of both languages to each shopper
 * (about 30 KB of JavaScript to parse on a phone).
 */
export const ERROR_MESSAGES: Record<"vi" | "en", ErrorMessages> = {
  vi: {
    title: "Đã có lỗi xảy ra",
    retry: "Thử lại",
    backend: "Không kết nối được máy chủ. Vui lòng thử lại sau ít phút.",
  },
  en: {
    title: "Something went wrong",
    retry: "Try again",
    backend: "Cannot reach the server. Please try again in a few minutes.",
  },
}

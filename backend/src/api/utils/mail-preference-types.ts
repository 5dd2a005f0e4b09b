/** One optional email of a producer member or staff member, as /producer and /showroom mail-preferences answer it. */
export type MailPreference = { category: string; label: string; label_en: string; subscribed: boolean }

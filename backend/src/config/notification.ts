/**
 * Email: Medusa's notification module with the SMTP provider (nodemailer) on
 * the "email" channel, and the mail module (what was sent, tries, opt-outs).
 * SMTP_URL defaults to the development inbox that `npm start` runs.
 */
export const DEV_INBOX_SMTP_PORT = 1025

export function notificationModules() {
  return [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/modules/smtp-notification",
            id: "smtp",
            options: {
              channels: ["email"],
              url: process.env.SMTP_URL || `smtp://localhost:${DEV_INBOX_SMTP_PORT}`,
              from: process.env.MAIL_FROM || "Sàn OCOP <no-reply@ocop.localhost>",
            },
          },
        ],
      },
    },
    { resolve: "./src/modules/mail" },
  ]
}

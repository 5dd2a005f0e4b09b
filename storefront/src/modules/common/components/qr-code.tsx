import QRCode from "qrcode"

/** A QR code (inline SVG, made on the server from our own URL) that opens the certificate check page. */
export async function QrCode({ url, label }: { url: string; label: string }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, width: 160, errorCorrectionLevel: "M" })
  return (
    <figure className="qr">
      <a href={url} aria-label={label} data-testid="qr-link" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{label}</figcaption>
    </figure>
  )
}

/**
 * Structured data for search engines (schema.org as JSON-LD). Stored text can
 * hold "</script>": "<" is escaped so the data can never end the element.
 */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  )
}

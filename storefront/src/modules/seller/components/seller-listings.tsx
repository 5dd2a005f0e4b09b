import Link from "@/modules/common/components/link"
import type { SellerProduct } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"

/** The producer's listings and why each is or is not on sale. */
export function SellerListings({ products, lang }: { products: SellerProduct[]; lang: Lang }) {
  const s = dictionary(lang).seller
  return (
    <>
      <h2>{s.listings}</h2>
      <p>
        <Link href={`/${lang}/seller/products/new`} className="button primary">
          {s.newListing}
        </Link>
      </p>
      <ul className="seller-list" role="list" data-testid="seller-products">
        {products.map((p) => (
          <li key={p.id}>
            <Link href={`/${lang}/seller/products/${p.id}`}>{p.title}</Link>{" "}
            {p.sale.on_sale ? (
              <span className="success">{s.onSale}</span>
            ) : (
              <span className="error">
                {s.notOnSale}: {s.reasons[p.sale.reason as keyof typeof s.reasons] ?? p.sale.reason}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}

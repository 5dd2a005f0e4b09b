/**
 * Shapes of the OCOP backend's own routes, defined once by the backend next
 * to its routes (types only) and read here with `import type`; Medusa's own
 * shapes come from @medusajs/types via the SDK. The storefront's names for them.
 */
import type {
  OcopFacetLabelled,
  OcopOrderPart,
  StoreOcopAvailabilityResponse,
  StoreOcopCertificateResponse,
  StoreOcopLookedUpOrder,
  StoreOcopPickupProgress,
  StoreOcopProducer,
  StoreOcopProductPageResponse,
  StoreOcopProvenance,
  StoreOcopProvince,
  StoreOcopSearchResponse,
  StoreOcopShowroom,
  StoreOcopShowroomHolding,
} from "../../../backend/src/api/store/ocop/types"
import type {
  ProducerConsignment,
  ProducerCertificate,
  ProducerMeResponse,
  ProducerMember,
  ProducerOrder,
  ProducerPayoutPeriod,
  ProducerProduct,
  ProducerSaleStatus,
} from "../../../backend/src/api/producer/types"
import type {
  ShowroomCounterSale,
  ShowroomFoundVariant,
  ShowroomMeResponse,
  ShowroomPickupOrder,
  ShowroomReceipt,
  ShowroomSettlement,
  ShowroomStockRow,
  StockAlert,
} from "../../../backend/src/api/showroom/types"

// the backend's names, the response wrappers included (StoreOcop*Response, Producer*Response, Showroom*Response);
// SearchHit is the backend search's own hit (one definition of the document)
export type * from "../../../backend/src/api/store/ocop/types"
export type * from "../../../backend/src/api/producer/types"
export type * from "../../../backend/src/api/showroom/types"
export type * from "../../../backend/src/api/store/ocop/reviews/types"
export type * from "../../../backend/src/api/store/bank-transfer/types"
export type * from "../../../backend/src/api/store/ocop/trace/types"

// catalogue and shoppers (/store/ocop/...)
export type Labelled = OcopFacetLabelled
export type SearchResponse = StoreOcopSearchResponse
export type Provenance = StoreOcopProvenance
export type CertificateCheck = StoreOcopCertificateResponse
export type ProvinceEntry = StoreOcopProvince
export type PublicProducer = StoreOcopProducer
export type PublicShowroom = StoreOcopShowroom
export type ShowroomHolding = StoreOcopShowroomHolding
/** Units per variant for delivery (null: not limited) and the showrooms with units for pickup. */
export type ProductAvailability = StoreOcopAvailabilityResponse
export type ProductPage = StoreOcopProductPageResponse
export type OrderPart = OcopOrderPart
export type PickupProgress = StoreOcopPickupProgress
export type LookedUpOrder = StoreOcopLookedUpOrder

// producer portal (/producer/...)
export type SellerMe = ProducerMeResponse
export type SaleStatus = ProducerSaleStatus
export type SellerProduct = ProducerProduct
export type SellerCertificate = ProducerCertificate
export type SellerOrder = ProducerOrder
export type PayoutPeriod = ProducerPayoutPeriod
export type SellerMember = ProducerMember
export type SellerConsignment = ProducerConsignment

// showroom staff (/showroom/...)
export type StaffMe = ShowroomMeResponse
export type StockRow = ShowroomStockRow
export type StaffAlert = StockAlert
export type CounterSale = ShowroomCounterSale
export type Settlement = ShowroomSettlement
export type PickupOrder = ShowroomPickupOrder
export type Receipt = ShowroomReceipt
export type FoundVariant = ShowroomFoundVariant

// paying by bank transfer (/store/bank-transfer/...)
export type { StoreBankTransfer as BankTransferState } from "../../../backend/src/api/store/bank-transfer/types"

// optional emails of producer members and staff (/producer/mail-preferences, /showroom/mail-preferences)
export type { MailPreference } from "../../../backend/src/api/utils/mail-preference-types"

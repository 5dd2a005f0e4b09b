// The star levels of the OCOP products on sale, highest first (5, 4, 3), from the backend's one constant.
export { SELLABLE_STARS } from "../../../backend/src/modules/ocop/lib/constants"

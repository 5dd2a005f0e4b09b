import CashOnDeliveryProvider from "./service"

/**
 * Pay at the showroom (trả tại điểm bán), for orders picked up there: like
 * cash on delivery, authorized as a promise to pay and captured by the
 * showroom's staff when the shopper collects the goods and pays.
 */
class PayAtShowroomProvider extends CashOnDeliveryProvider {
  static identifier = "showroom"
}

export default PayAtShowroomProvider

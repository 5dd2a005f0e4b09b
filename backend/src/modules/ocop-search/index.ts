import { Module } from "@medusajs/framework/utils"
import OcopSearchService from "./service"

export const OCOP_SEARCH_MODULE = "ocopSearch"

export default Module(OCOP_SEARCH_MODULE, {
  service: OcopSearchService,
})

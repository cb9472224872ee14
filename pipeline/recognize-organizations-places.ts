/**
 * Organizations (parties included) and places, from gazetteers. (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const recognizeOrganizationsPlaces: RemarkPlugin = function () {
  return function () {}
}

export default recognizeOrganizationsPlaces

package dev.writ.intake.internal;

import dev.writ.agency.AgencyView;
import dev.writ.identity.UserView;
import dev.writ.intake.SubmitDemand;

/**
 * A submitted command with the agency and officer it claims, both checked to exist and to
 * belong together.
 */
record Submission(SubmitDemand command, AgencyView agency, UserView officer) {

}

import { addComputeRoutes } from '../arm/computeRoutes';
import { addOperationRoutes } from '../arm/operationRoutes';
import { addProviderRoutes } from '../arm/providerRoutes';
import { addSubscriptionRoutes } from '../arm/subscriptionRoutes';
import { Router } from '../http/router';
import { addContainerPoolRoutes } from '../standbypool/containerPoolRoutes';
import { addOperationsListRoute } from '../standbypool/operationsListRoute';
import { addVmPoolChildRoutes } from '../standbypool/vmPoolChildRoutes';
import { addVmPoolRoutes } from '../standbypool/vmPoolRoutes';

/** Every Azure endpoint the emulator serves. */
export function createArmRouter(): Router {
	const router = new Router();
	addSubscriptionRoutes(router);
	addComputeRoutes(router);
	addVmPoolRoutes(router);
	addVmPoolChildRoutes(router);
	addContainerPoolRoutes(router);
	addOperationsListRoute(router);
	addOperationRoutes(router);
	addProviderRoutes(router);
	return router;
}

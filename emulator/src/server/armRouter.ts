import { addAuthorizationRoutes } from '../arm/authorizationRoutes';
import { addComputeRoutes } from '../arm/computeRoutes';
import { addGraphRoutes } from '../arm/graphRoutes';
import { addOperationRoutes } from '../arm/operationRoutes';
import { addProviderRoutes } from '../arm/providerRoutes';
import { addResourceGroupRoutes } from '../arm/resourceGroupRoutes';
import { addRoleDefinitionRoutes } from '../arm/roleDefinitionRoutes';
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
	addResourceGroupRoutes(router);
	addAuthorizationRoutes(router);
	addRoleDefinitionRoutes(router);
	addGraphRoutes(router);
	return router;
}

resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
	name: 'standby-pool'
	location: resourceGroup().location
	properties: {
		attachedVirtualMachineScaleSetId: resourceId('Microsoft.Compute/virtualMachineScaleSets', 'my-scale-set')
		virtualMachineState: 'Deallocated'
		elasticityProfile: {
			maxReadyCapacity: 10
			minReadyCapacity: 2
		}
	}
}

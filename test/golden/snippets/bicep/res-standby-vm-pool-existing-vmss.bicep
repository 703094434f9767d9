resource scaleSet 'Microsoft.Compute/virtualMachineScaleSets@2024-11-01' existing = {
	name: 'my-scale-set'
	scope: resourceGroup()
}

resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
	name: 'standby-pool'
	// The pool must be in the region of the scale set it serves.
	location: scaleSet.location
	properties: {
		attachedVirtualMachineScaleSetId: scaleSet.id
		virtualMachineState: 'Deallocated'
		elasticityProfile: {
			maxReadyCapacity: 10
			minReadyCapacity: 2
		}
	}
}

resource ${1:scaleSet} 'Microsoft.Compute/virtualMachineScaleSets@2024-11-01' existing = {
	name: '${2:my-scale-set}'
	scope: ${3:resourceGroup()}
}

resource ${4:standbyPool} 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
	name: '${5:standby-pool}'
	// The pool must be in the region of the scale set it serves.
	location: ${1}.location
	properties: {
		attachedVirtualMachineScaleSetId: ${1}.id
		virtualMachineState: '${6|Deallocated,Running,Hibernated|}'
		elasticityProfile: {
			maxReadyCapacity: ${7:10}
			minReadyCapacity: ${8:2}
		}
	}
}

resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
	name: 'standby-pool'
	location: resourceGroup().location
	properties: {
		attachedVirtualMachineScaleSetId: resourceId('Microsoft.Compute/virtualMachineScaleSets', 'my-scale-set')
		virtualMachineState: 'Mix'
		// The three percentages must add up to 100.
		vmStateDistribution: {
			runningPercent: 20
			deallocatedPercent: 80
			hibernatedPercent: 0
		}
		elasticityProfile: {
			maxReadyCapacity: 10
			minReadyCapacity: 2
		}
	}
}

// Recreates the standby virtual machine pool 'mixed-pool'.

@description('Name of the standby virtual machine pool.')
@minLength(3)
@maxLength(24)
param poolName string = 'mixed-pool'

@description('Region of the pool: the region of the scale set it serves.')
param location string = 'West US'

@description('Resource id of the Flexible virtual machine scale set the pool serves.')
param scaleSetId string = '/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rgstandbypool/providers/Microsoft.Compute/virtualMachineScaleSets/myVmss'

resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
  name: poolName
  location: location
  tags: {
    env: 'prod'
    'cost-center': '42'
    owner: 'O\'Brien'
    template: '\${not-an-interpolation}'
    note: '[not an expression]'
  }
  properties: {
    elasticityProfile: {
      maxReadyCapacity: 304
      minReadyCapacity: 300
      postProvisioningDelay: 'PT2S'
      dynamicSizing: {
        enabled: true
      }
    }
    virtualMachineState: 'Mix'
    vmStateDistribution: {
      runningPercent: 20
      deallocatedPercent: 80
      hibernatedPercent: 0
    }
    attachedVirtualMachineScaleSetId: scaleSetId
  }
}

output standbyPoolId string = standbyPool.id
